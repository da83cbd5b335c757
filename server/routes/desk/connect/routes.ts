// Map and connect: the resource register, the picker, and the forms that link and unlink answers.
import { deskPaths } from '../../../ui/desk-paths';
import type { Route } from '../../../web/route';
import { deskRoute } from '../route-helpers';
import { postLink, postUndoJoin, postUnlink } from './link-forms';
import { getPicker } from './picker';
import { getResources } from './register';

export const CONNECT_ROUTES: readonly Route[] = [
  deskRoute('GET', deskPaths.resources, 'staff', getResources, 'Ressourcer'),
  deskRoute('GET', deskPaths.connect.pattern, 'staff', getPicker),
  deskRoute('POST', deskPaths.connect.pattern, 'staff', postLink),
  deskRoute('POST', deskPaths.unlink.pattern, 'staff', postUnlink),
  deskRoute('POST', deskPaths.undoJoin.pattern, 'staff', postUndoJoin),
];
