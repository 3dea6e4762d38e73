import { Body, Controller, Get, HttpCode, Post, UnauthorizedException } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { AuthUser } from './auth-user';
import { LoginDto } from './auth.dto';
import { AnyRole, CurrentUser, Public } from './decorators';
import { UsersService } from './users.service';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly users: UsersService,
    private readonly jwt: JwtService,
  ) {}

  @Public()
  @Post('login')
  @HttpCode(200)
  async login(@Body() body: LoginDto) {
    const user = await this.users.verify(body.username, body.password);
    if (!user) throw new UnauthorizedException('Onbekende gebruikersnaam of onjuist wachtwoord');
    const { id, ...rest } = user;
    return { accessToken: await this.jwt.signAsync({ sub: id, user: rest }), user };
  }

  @ApiBearerAuth()
  @AnyRole()
  @Get('me')
  me(@CurrentUser() user: AuthUser) {
    return user;
  }
}
