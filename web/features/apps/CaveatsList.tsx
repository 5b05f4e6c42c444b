import { graphql } from '../../graphql/index.js';
import type { CaveatsList_CaveatFragment } from '../../graphql/graphql.js';

// The fields this component reads; codegen adds them to every query that spreads the fragment.
graphql(`
  fragment CaveatsList_caveat on Caveat {
    topic
    text
  }
`);

/** What the app catalog says about how this app behaves (billing, invites, removal). */
export function CaveatsList({ caveats }: { caveats: readonly CaveatsList_CaveatFragment[] }) {
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
