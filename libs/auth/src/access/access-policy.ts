import { Inject, Injectable } from '@nestjs/common';
import { ACCESS, Capability, Role } from '@ap/common';

/** The capabilities a deployment may give to other roles than ACCESS says, each with the setting that does. */
export const CONFIGURABLE_CAPABILITIES = {
  auditTrail: 'AUDITOR_ROLES',
} as const satisfies Partial<Record<Capability, string>>;

export type ConfigurableCapability = keyof typeof CONFIGURABLE_CAPABILITIES;

/** The roles the deployment set for configurable capabilities; a capability not named keeps ACCESS's roles. */
export type AccessSettings = Partial<Record<ConfigurableCapability, readonly Role[]>>;

export const ACCESS_SETTINGS = Symbol('ACCESS_SETTINGS');

/** Who may use what in this deployment: ACCESS, with the configured capabilities as set. */
@Injectable()
export class AccessPolicy {
  constructor(@Inject(ACCESS_SETTINGS) private readonly settings: AccessSettings) {}

  rolesFor(capability: Capability): readonly Role[] {
    return this.settings[capability as ConfigurableCapability] ?? ACCESS[capability];
  }

  /** Every capability these roles give, for the web app's menu. */
  capabilitiesOf(roles: readonly string[]): Capability[] {
    return (Object.keys(ACCESS) as Capability[]).filter((capability) => this.rolesFor(capability).some((role) => roles.includes(role)));
  }
}
