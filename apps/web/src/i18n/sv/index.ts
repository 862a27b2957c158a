import type { Messages } from '../fi';
import { admin } from './admin';
import { forms } from './forms';
import { meetings } from './meetings';
import { pages } from './pages';
import { problems } from './problems';
import { rulePacks } from './rule-packs';
import { shell } from './shell';
import { signInAdmin } from './sign-in-admin';
import { vocabulary } from './vocabulary';

export const sv: Messages = {
  ...shell,
  ...vocabulary,
  ...forms,
  ...pages,
  ...meetings,
  ...problems,
  ...rulePacks,
  ...admin,
  ...signInAdmin,
};
