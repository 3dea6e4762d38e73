import { Role } from '@ap/common';

/** The signed-in user as the API sees it. */
export interface AuthUser {
  id: string;
  username: string;
  displayName: string;
  jobTitle: string;
  roles: Role[];
}
