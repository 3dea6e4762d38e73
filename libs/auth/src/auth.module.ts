import { DynamicModule, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { AuthController } from './auth.controller';
import { AuthGuard } from './auth.guard';
import { OrganisationController } from './organisation/organisation.controller';
import { OrganisationService } from './organisation/organisation.service';
import { UsersService } from './users.service';

export interface AuthOptions {
  /** Shared by every service process, so a token from one is valid at all. */
  jwtSecret: string;
  tokenLifetime?: string;
}

@Module({})
export class AuthModule {
  static forRoot({ jwtSecret, tokenLifetime = '10h' }: AuthOptions): DynamicModule {
    return {
      module: AuthModule,
      global: true,
      imports: [JwtModule.register({ secret: jwtSecret, signOptions: { expiresIn: tokenLifetime as any } })],
      controllers: [AuthController, OrganisationController],
      providers: [UsersService, OrganisationService, { provide: APP_GUARD, useClass: AuthGuard }],
      exports: [UsersService, OrganisationService, JwtModule],
    };
  }
}
