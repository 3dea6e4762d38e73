import { newCitizen } from '../support/protocol-client';
import { useTestApp } from '../support/use-test-app';
import { expectAccessible, openApp, signIn, TABLET, useBrowser } from './support/browser';

/** The in-app messages of a ban, as the receptions read them: unread count in the menu, mark as read. */
describe('messages in the browser', () => {
  const app = useTestApp();
  const chromium = useBrowser();

  it('shows the receptions the ban message, counts it as unread until read, and keeps read per user', async () => {
    // Prepared through the API: a second threat ends in a ban signed by the college, which tells the receptions.
    const citizen = newCitizen();
    const first = await app.api.phoneIncident(citizen, 'threat', new Date(app.t.clock.now().getTime() - 30 * 86_400_000));
    await app.api.completeAt(first.id, 'sign:TC3', { decision: 'approve' }, 'afdelingshoofd');
    const second = await app.api.phoneIncident(citizen, 'threat', new Date(app.t.clock.now().getTime() - 3_600_000));
    await app.api.completeAt(second.id, 'sign:TC4', { decision: 'approve' }, 'college');
    const unreadBefore = (await app.t.http().get('/api/notifications/unread-count').set(await app.api.as('receptie')).expect(200)).body.count;
    expect(unreadBefore).toBeGreaterThan(0);

    const { context, page } = await openApp(chromium.browser, app.t, TABLET);
    await signIn(page, 'receptie');
    const menu = page.getByRole('navigation', { name: 'Hoofdmenu' });
    const messagesLink = menu.getByRole('link', { name: /Berichten/ });
    await messagesLink.locator('.nl-number-badge').waitFor();
    expect(await messagesLink.textContent()).toContain(`${unreadBefore} ongelezen`);

    // With the keyboard alone: from the menu to the page.
    await messagesLink.focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Berichten' }).waitFor();
    const ban = page.getByRole('article', { name: new RegExp(`Toegangsverbod ${citizen.name}`) });
    await ban.waitFor();
    expect(await ban.textContent()).toContain('Nieuw:');
    expect(await ban.textContent()).toContain(second.reference);
    expect(await page.getByRole('status').first().textContent()).toContain(`${unreadBefore} ongelezen`);
    await expectAccessible(page, 'berichten');

    await ban.getByRole('button', { name: `Bericht Toegangsverbod ${citizen.name} als gelezen markeren` }).click();
    await page.getByText(unreadBefore - 1 === 0 ? 'U hebt alle berichten gelezen.' : `${unreadBefore - 1} ongelezen`).first().waitFor();
    expect(await ban.textContent()).not.toContain('Nieuw:');
    // The menu's count follows without a reload.
    await page.waitForFunction(
      (expected) => document.querySelector('nav[aria-label="Hoofdmenu"] a[href="/berichten"]')?.textContent?.includes(`${expected} ongelezen`),
      unreadBefore - 1,
    );

    if (unreadBefore > 1) {
      await page.getByRole('button', { name: 'Alles als gelezen markeren' }).click();
      await page.getByText('U hebt alle berichten gelezen.').waitFor();
    }
    await expectAccessible(page, 'berichten-gelezen');
    expect((await app.t.http().get('/api/notifications/unread-count').set(await app.api.as('receptie')).expect(200)).body.count).toBe(0);

    // Read is each user's own: the head of Publiekscontacten still has the message unread.
    const head = (await app.t.http().get('/api/notifications').set(await app.api.as('publiekscontacten')).expect(200)).body;
    expect(head.find((n: any) => n.incidentId === second.id && n.subject === `Toegangsverbod ${citizen.name}`)).toMatchObject({ read: false });
    await context.close();
  });

  it('refuses to mark a message that is not for my roles', async () => {
    const [message] = (await app.t.http().get('/api/notifications').set(await app.api.as('receptie')).expect(200)).body;
    const answer = await app.t.http().post(`/api/notifications/${message.id}/read`).set(await app.api.as('pno')).expect(404);
    expect(answer.body.message).toMatch(/bestaat niet of is niet voor u$/);
    await app.t.http().post('/api/notifications/niet-een-id/read').set(await app.api.as('receptie')).expect(400);
  });
});
