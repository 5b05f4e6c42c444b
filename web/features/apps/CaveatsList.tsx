import { gql, type TypedDocumentNode } from '@apollo/client';

export interface CaveatsList_caveat {
  __typename: 'Caveat';
  topic: string;
  text: string;
}

export const CAVEATS_LIST_CAVEAT: TypedDocumentNode<CaveatsList_caveat> = gql`
  fragment CaveatsList_caveat on Caveat {
    topic
    text
  }
`;

/** What the app catalog says about how this app behaves (billing, invites, removal). */
export function CaveatsList({ caveats }: { caveats: readonly CaveatsList_caveat[] }) {
  return (
    <dl className="caveats">
      {caveats.map((caveat) => (
        <div key={`${caveat.topic}:${caveat.text}`}>
          <dt>{caveat.topic}</dt>
          <dd>{caveat.text}</dd>
        </div>
      ))}
    </dl>
  );
}
