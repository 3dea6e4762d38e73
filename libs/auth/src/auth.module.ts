import { DynamicModule, Module } from '@nestjs/common';
import { APP_GUARD, APP_INTERCEPTOR } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { AuthController } from './auth.controller';
import { AuthGuard } from './auth.guard';
import { OrganisationController } from './organisation/organisation.controller';
import { OrganisationService } from './organisation/organisation.service';
import { DEFAULT_SIGN_IN_LIMITS, SIGN_IN_LIMITS, SignInLimitOptions, SignInLimits } from './sign-in-limits';
import { AccessPolicy, ACCESS_SETTINGS, AccessSettings } from './access/access-policy';
import { IncidentVisibility } from './access/incident-visibility';
import { AuditInterceptor } from './audit/audit-interceptor';
import { AuditSearch } from './audit/search/audit-search.service';
import { AuditTrailController } from './audit/search/audit-trail.controller';
import { AuditTrail } from './audit/audit-trail';
import { SessionTokens } from './sessions/session-tokens';
import { Sessions } from './sessions/sessions';
import { UserAdmin } from './users/user-admin.service';
import { UsersController } from './users/users.controller';
import { UsersService } from './users.service';

export interface AuthOptions {
  /** Shared by every service process, so a token from one is valid at all. */
  jwtSecret: string;
  tokenLifetime?: string;
  signInLimits?: SignInLimitOptions;
  /** The roles of the configurable capabilities (AUDITOR_ROLES); ACCESS's where not set. */
  access?: AccessSettings;
}

@Module({})
export class AuthModule {
  static forRoot({ jwtSecret, tokenLifetime = '10h', signInLimits = DEFAULT_SIGN_IN_LIMITS, access = {} }: AuthOptions): DynamicModule {
    return {
      module: AuthModule,
      global: true,
      imports: [JwtModule.register({ secret: jwtSecret, signOptions: { expiresIn: tokenLifetime as any } })],
      controllers: [AuthController, OrganisationController, UsersController, AuditTrailController],
      providers: [
        UsersService,
        UserAdmin,
        IncidentVisibility,
        Sessions,
        SessionTokens,
        AuditTrail,
        AuditSearch,
        OrganisationService,
        { provide: SIGN_IN_LIMITS, useValue: signInLimits },
        SignInLimits,
        { provide: ACCESS_SETTINGS, useValue: access },
        AccessPolicy,
        { provide: APP_GUARD, useClass: AuthGuard },
        { provide: APP_INTERCEPTOR, useClass: AuditInterceptor },
      ],
      exports: [UsersService, OrganisationService, AuditTrail, AccessPolicy, IncidentVisibility, JwtModule],
    };
  }
}
