// Map and connect: the resource register, the picker, and the forms that link and unlink answers.
import type { Route } from '../../../web/route';
import { deskRoute } from '../route-helpers';
import { postLink, postUnlink } from './link-forms';
import { getPicker } from './picker';
import { getResources } from './register';

export const CONNECT_ROUTES: readonly Route[] = [
  deskRoute('GET', '/desk/resources', 'staff', getResources),
  deskRoute('GET', '/desk/connect/:id', 'staff', getPicker),
  deskRoute('POST', '/desk/connect/:id', 'staff', postLink),
  deskRoute('POST', '/desk/connect/:id/unlink', 'staff', postUnlink),
];
