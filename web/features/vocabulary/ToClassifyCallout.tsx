import { Link } from 'react-router';
import { graphql } from '../../graphql/index.js';
import { rolesAndSeatTypesCount } from './vocabulary-labels.js';
import { rolesAndSeatsHref } from './vocabularyUrl.js';
import type { ToClassifyCallout_VocabularyFragment } from '../../graphql/graphql.js';

// Declared for codegen only: the operations that show this component spread it by name.
graphql(`
  fragment ToClassifyCallout_vocabulary on AppVocabulary {
    roles {
      id
    }
    seatTypes {
      id
    }
  }
`);

interface ToClassifyCalloutProps {
  appId: string;
  appName: string;
  /** The app's roles and seat types to classify; null when there are none. */
  vocabulary: ToClassifyCallout_VocabularyFragment | null;
}

/** On an app's page: how many of its roles and seat types the catalog did not know, and where to say what they are. */
export function ToClassifyCallout({ appId, appName, vocabulary }: ToClassifyCalloutProps) {
  const roles = vocabulary?.roles.length ?? 0;
  const seatTypes = vocabulary?.seatTypes.length ?? 0;
  if (roles === 0 && seatTypes === 0) return null;
  const guesses = [
    roles > 0 ? 'admin findings rest on a privilege read from a role’s name' : null,
    seatTypes > 0 ? 'seat spend rests on a seat cost assumed or unknown' : null,
  ]
    .filter((part) => part !== null)
    .join(', and its ');
  return (
    <div className="callout callout-warn">
      <p>
        <strong>{rolesAndSeatTypesCount(roles, seatTypes)} to classify.</strong> The app catalog does not know{' '}
        {roles + seatTypes === 1 ? 'it' : 'them'}: {appName}’s {guesses}.{' '}
        <Link to={rolesAndSeatsHref({ appId })}>Roles and seats to classify in {appName}</Link>
      </p>
    </div>
  );
}
