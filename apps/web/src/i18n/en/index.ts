import type { Messages } from '../fi';
import { forms } from './forms';
import { pages } from './pages';
import { shell } from './shell';
import { vocabulary } from './vocabulary';

export const en: Messages = { ...shell, ...vocabulary, ...forms, ...pages };
