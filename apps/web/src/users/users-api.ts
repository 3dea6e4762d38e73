import { api, call, Schemas } from '../api/client';
import { FormSchema, FormValue } from '../forms/json-schema';

export type Account = Schemas['UserView'];

export interface AccountForms {
  create: FormSchema;
  change: FormSchema;
  password: FormSchema;
  deactivate: FormSchema;
}

export const loadAccounts = () => call(api.GET('/api/users'));

export const loadAccount = (id: string) => call(api.GET('/api/users/{id}', { params: { path: { id } } }));

export const loadAccountForms = async () => (await call(api.GET('/api/users/forms'))) as unknown as AccountForms;

export const createAccount = (value: FormValue) => call(api.POST('/api/users', { body: value as Schemas['NewUserDto'] }));

export const changeAccount = (id: string, value: FormValue) => call(api.PATCH('/api/users/{id}', { params: { path: { id } }, body: value as Schemas['UserChangeDto'] }));

export const setPassword = (id: string, value: FormValue) => call(api.PUT('/api/users/{id}/password', { params: { path: { id } }, body: value as Schemas['PasswordDto'] }));

export const deactivateAccount = (id: string, value: FormValue) => call(api.POST('/api/users/{id}/deactivate', { params: { path: { id } }, body: value as Schemas['DeactivationDto'] }));

export const activateAccount = (id: string) => call(api.POST('/api/users/{id}/activate', { params: { path: { id } } }));

export const placeAccount = (id: string, unitId: string | null) => call(api.PUT('/api/users/{id}/unit', { params: { path: { id } }, body: { unitId } }));
