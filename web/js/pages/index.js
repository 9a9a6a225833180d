// Landing page: the shared header (with the signed-in user and the logout button); the views are listed in the page.
import { startPage } from '../page.js';

startPage(() => {});
