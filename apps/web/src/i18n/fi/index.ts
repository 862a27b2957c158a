import { admin } from './admin';
import { forms } from './forms';
import { meetings } from './meetings';
import { pages } from './pages';
import { problems } from './problems';
import { rulePacks } from './rule-packs';
import { shell } from './shell';
import { signInAdmin } from './sign-in-admin';
import { vocabulary } from './vocabulary';

/** Finnish, the product's first language; `Messages` is its shape, which the other languages must match. */
export const fi = {
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

export type Messages = typeof fi;
