import { NavLink, Outlet, useNavigate } from 'react-router';
import { Button } from '@nl-design-system-candidate/button-react';
import { SkipLink } from '@nl-design-system-candidate/skip-link-react';
import { PageContent, PageFooter, PageHeader } from '@utrecht/component-library-react';
import { ROLES } from '@ap/contracts';
import { ROUTES } from '../app/routes';
import { useSession } from '../auth/session';
import { menuFor } from './menu';
import { useMunicipalityName } from './settings';

/** Every page: skip link, the municipality's header with the menu of my roles, the page, the footer. */
export function Layout() {
  const session = useSession();
  const municipality = useMunicipalityName();
  const navigate = useNavigate();
  const user = session.session?.user;
  const counts = new Map(ROUTES.filter((r) => r.count).map((r) => [r.path, r.count!]));

  return (
    <div className="ap-page">
      <SkipLink href="#inhoud">Naar de inhoud</SkipLink>
      <PageHeader className="ap-header">
        <div className="ap-header__bar">
          <div className="ap-brand">
            <span className="ap-brand__municipality">{municipality}</span>
            <span className="ap-brand__product">Agressieprotocol</span>
          </div>
          {user && (
            <div className="ap-user">
              <span>
                {user.displayName}
                <span className="ap-user__roles"> ({user.roles.map((r) => ROLES[r]).join(', ')})</span>
              </span>
              <Button
                purpose="subtle"
                onClick={() => {
                  session.signOut();
                  navigate('/inloggen', { replace: true });
                }}
              >
                Uitloggen
              </Button>
            </div>
          )}
        </div>
        {user && (
          <nav aria-label="Hoofdmenu" className="ap-nav">
            <ul className="ap-nav__list">
              {menuFor(session).map((item) => {
                const Count = counts.get(item.path);
                return (
                  <li key={item.path}>
                    <NavLink to={item.path} className="ap-nav__link" end={false}>
                      {item.label}
                      {Count && <Count />}
                    </NavLink>
                  </li>
                );
              })}
            </ul>
          </nav>
        )}
      </PageHeader>
      <PageContent>
        <main id="inhoud" className="ap-main">
          <Outlet />
        </main>
      </PageContent>
      <PageFooter className="ap-footer">
        <p>
          {municipality} · <NavLink to="/toegankelijkheid">Toegankelijkheid</NavLink>
        </p>
      </PageFooter>
    </div>
  );
}
