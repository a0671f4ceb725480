// Audience maps and key messages as a planner lives them: add audiences of several kinds, place them
// on the influence-interest map with the mouse and with the keyboard, find them there after a
// reload, undo a move, link two audiences, write a message house and an audience message with an
// Arabic version, see the channel plan's gap warning, and find an audience with the search box.
// Elements are found by role and accessible name, as a screen-reader user would.
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Audience } from '../../src/shared/audiences';
import { startApp, type RunningApp } from './harness';

let app: RunningApp;
let page: Page;
let strategyId = '';

const STUDENTS = 'Students in Nordhaven';
const HERALD = 'Nordhaven Herald foreign desk';
const JOURNALIST = 'Anna Berg';
const MINISTRY = 'Ministry of Foreign Affairs of Nordhaven';
const ARABIC = 'أوريليا شريك موثوق من أجل مستقبل أكثر خضرة';

async function audiences(): Promise<Audience[]> {
  return app.core.call('audience.list', { strategyId });
}
async function stored(name: string): Promise<Audience | undefined> {
  return (await audiences()).find((a) => a.name === name);
}
const cellOf = (a: Audience | undefined) => (a ? `${a.influence}/${a.interest}` : 'missing');

async function goTo(place: string) {
  await page.getByRole('navigation', { name: 'Strategy sections' }).getByRole('link', { name: place, exact: true }).click();
  await page.getByRole('heading', { level: 1, name: place }).waitFor();
}

/** A cell of the influence map, named like "influence 4, interest 2: Keep satisfied; 1 audience". */
function cell(influence: number, interest: number): Locator {
  return page.getByRole('group', { name: new RegExp(`^influence ${influence}, interest ${interest}:`) });
}
function card(name: string): Locator {
  return page.getByRole('button', { name: new RegExp(`^${name}, influence \\d, interest \\d$`) });
}

async function dragWithMouse(from: Locator, to: Locator) {
  const a = await from.boundingBox();
  const b = await to.boundingBox();
  if (!a || !b) throw new Error('card or cell not on screen');
  await page.mouse.move(a.x + a.width / 2, a.y + a.height / 2);
  await page.mouse.down();
  // Past the sensor's 5 px threshold first, then across in steps as a hand would.
  await page.mouse.move(a.x + a.width / 2 + 12, a.y + a.height / 2 + 6, { steps: 3 });
  await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2, { steps: 12 });
  await page.mouse.up();
}

beforeAll(async () => {
  app = await startApp();
  page = app.page;
});

afterAll(async () => {
  await app?.close();
});

describe('audience maps and key messages', () => {
  it('starts a blank strategy with one platform', async () => {
    await page.getByRole('button', { name: 'Blank strategy' }).click();
    const dialog = page.getByRole('dialog', { name: 'New strategy' });
    await dialog.getByLabel('Title').fill('Digital diplomacy, Embassy in Nordhaven');
    await dialog.getByLabel('Year').fill('2027');
    await dialog.getByRole('button', { name: 'Create strategy' }).click();
    await page.getByRole('heading', { level: 1, name: 'Overview' }).waitFor();
    strategyId = decodeURIComponent(/#\/s\/([^/]+)/.exec(page.url())?.[1] ?? '');
    expect(strategyId).not.toBe('');

    await goTo('Platforms');
    await page.getByRole('button', { name: 'Add platform' }).click();
    await page.getByLabel('Platform', { exact: true }).selectOption({ label: 'Instagram' });
    await page.getByLabel('Handle or address').fill('aureliainnordhaven');
    await page.getByRole('button', { name: 'Add platform' }).click();
    await page.getByRole('heading', { level: 2, name: 'Instagram' }).waitFor();
  });

  it('adds audiences of several kinds with the quick form; a duplicate name is refused and kept', async () => {
    await goTo('Audiences');
    const form = page.getByRole('form', { name: 'Add an audience' });
    const name = form.getByRole('textbox', { name: 'Name' });
    const kind = form.getByRole('combobox', { name: 'Kind' });
    for (const [text, kindLabel] of [
      [STUDENTS, 'Public segment'],
      [HERALD, 'News outlet or agency'],
      [JOURNALIST, 'Journalist'],
      [MINISTRY, 'Foreign ministry'],
    ] as const) {
      await kind.selectOption({ label: kindLabel });
      await name.fill(text);
      await name.press('Enter');
      await form.getByRole('status').filter({ hasText: `Added ${text}.` }).waitFor();
      expect(await name.inputValue()).toBe('');
    }
    const table = page.getByRole('table', { name: /Audiences of this strategy/ });
    await expect.poll(() => table.getByRole('row').count()).toBe(5);
    expect(await table.getByRole('row', { name: new RegExp(HERALD) }).getByRole('cell', { name: 'News outlet or agency' }).count()).toBe(1);

    await name.fill(STUDENTS.toLowerCase());
    await form.getByRole('button', { name: 'Add audience' }).click();
    await form.getByRole('alert').filter({ hasText: /already/i }).waitFor();
    expect(await name.inputValue()).toBe(STUDENTS.toLowerCase());
    expect(await name.getAttribute('aria-invalid')).toBe('true');
    expect((await audiences()).length).toBe(4);
    await name.fill('');
  });

  it('edits an audience: bad scores and language tags are shown inline and not saved; personal data is flagged', async () => {
    await page.getByRole('link', { name: JOURNALIST }).click();
    await page.getByRole('heading', { level: 1, name: JOURNALIST }).waitFor();

    const personal = page.getByRole('region', { name: 'Personal data' });
    await personal.getByText('No lawful basis is recorded').waitFor();

    const influence = page.getByRole('textbox', { name: 'Influence' });
    await influence.fill('7');
    await influence.press('Enter');
    await page.getByRole('alert').filter({ hasText: /Influence must be/ }).waitFor();
    expect(await influence.inputValue()).toBe('7');
    expect((await stored(JOURNALIST))?.influence).toBe(3);
    await influence.fill('4');
    await influence.press('Enter');
    await expect.poll(async () => (await stored(JOURNALIST))?.influence).toBe(4);

    const languages = page.getByRole('textbox', { name: 'Languages' });
    await languages.fill('nl, english');
    await languages.press('Tab');
    await page.getByRole('alert').filter({ hasText: 'is not a language tag' }).waitFor();
    expect(await languages.inputValue()).toBe('nl, english');
    await languages.fill('nl, en');
    await languages.press('Tab');
    await expect.poll(async () => (await stored(JOURNALIST))?.languages).toEqual(['nl', 'en']);

    await personal.getByRole('textbox', { name: 'Lawful basis' }).fill('Public task: press relations; contact details published by the paper.');
    await personal.getByLabel('Review date').fill('2099-12-31');
    await personal.getByLabel('Review date').press('Enter');
    await expect.poll(async () => (await stored(JOURNALIST))?.reviewDate).toBe('2099-12-31');
    await expect.poll(() => personal.getByText('No lawful basis is recorded').count()).toBe(0);

    const log = page.getByRole('form', { name: 'Log a contact' });
    await log.getByRole('textbox', { name: 'Summary' }).fill('Background briefing on the water partnership');
    await log.getByRole('button', { name: 'Add to log' }).click();
    await page.getByRole('list', { name: /Engagements with Anna Berg/ }).getByText('Background briefing on the water partnership').waitFor();

    // The ministry becomes a high-priority audience: the channel plan will miss a message for it.
    await page.getByRole('link', { name: 'All audiences' }).click();
    await page.getByRole('link', { name: MINISTRY }).click();
    await page.getByRole('heading', { level: 1, name: MINISTRY }).waitFor();
    await page.getByRole('combobox', { name: 'Priority' }).selectOption({ label: 'High' });
    await expect.poll(async () => (await stored(MINISTRY))?.priority).toBe('high');
  });

  it('moves one audience to another quadrant with the mouse and another with the keyboard', async () => {
    await goTo('Influence map');
    // New audiences start in the middle of the map.
    expect(cellOf(await stored(STUDENTS))).toBe('3/3');
    await cell(3, 3).getByRole('button', { name: new RegExp(`^${STUDENTS}`) }).waitFor();
    // The whole grid in view, as a planner would have it before dragging.
    await page.getByRole('region', { name: 'Influence-interest grid' }).evaluate((el) => el.scrollIntoView({ block: 'start' }));

    await dragWithMouse(card(STUDENTS), cell(1, 5));
    await expect.poll(async () => cellOf(await stored(STUDENTS))).toBe('1/5');
    await cell(1, 5).getByRole('button', { name: `${STUDENTS}, influence 1, interest 5` }).waitFor();

    const herald = card(HERALD);
    await herald.focus();
    await page.keyboard.press('Space');
    const live = page.locator('[id^="DndLiveRegion"]');
    await expect.poll(() => live.textContent()).toContain(`Picked up ${HERALD}. Influence 3, interest 3.`);
    for (const key of ['ArrowUp', 'ArrowUp', 'ArrowLeft', 'ArrowLeft']) {
      await page.keyboard.press(key);
      await page.waitForTimeout(60);
    }
    await expect.poll(() => live.textContent()).toContain(`${HERALD} is over influence 5, interest 1: Keep satisfied.`);
    await page.keyboard.press('Space');
    await expect.poll(async () => cellOf(await stored(HERALD))).toBe('5/1');
    await expect.poll(() => live.textContent()).toContain(`${HERALD} was moved to influence 5, interest 1: Keep satisfied.`);

    // Escape puts a lifted card back where it was, and nothing is saved.
    await card(JOURNALIST).focus();
    await page.keyboard.press('Space');
    await page.waitForTimeout(60);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Escape');
    await expect.poll(() => live.textContent()).toContain(`Moving ${JOURNALIST} was cancelled.`);
    expect(cellOf(await stored(JOURNALIST))).toBe('4/3');
  });

  it('finds both moves again after a reload, and undoes the last one with the Undo button', async () => {
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Influence map' }).waitFor();
    await cell(1, 5).getByRole('button', { name: new RegExp(`^${STUDENTS}`) }).waitFor();
    await cell(5, 1).getByRole('button', { name: new RegExp(`^${HERALD}`) }).waitFor();

    await page.getByRole('button', { name: `Undo move ${HERALD} on the map` }).click();
    await expect.poll(async () => cellOf(await stored(HERALD))).toBe('3/3');
    await cell(3, 3).getByRole('button', { name: new RegExp(`^${HERALD}`) }).waitFor();
    expect(cellOf(await stored(STUDENTS))).toBe('1/5');
  });

  it('filters the map by kind and exports it as SVG and PNG', async () => {
    await page.getByRole('combobox', { name: 'Kind' }).selectOption({ label: 'Journalist (1)' });
    await page.getByText('Showing 1 of 4 audiences').waitFor();
    expect(await card(STUDENTS).count()).toBe(0);
    await page.getByRole('combobox', { name: 'Kind' }).selectOption({ label: 'All' });

    const [svg] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export SVG' }).click()]);
    expect(svg.suggestedFilename()).toMatch(/\.svg$/);
    const svgText = await new Promise<string>((resolve, reject) => {
      void svg.createReadStream().then((stream) => {
        let text = '';
        stream.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
        stream.on('end', () => resolve(text));
        stream.on('error', reject);
      }, reject);
    });
    expect(svgText).toContain('<svg');
    expect(svgText).toContain('MANAGE CLOSELY');
    expect(svgText).toContain(STUDENTS);

    const [png] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export PNG' }).click()]);
    expect(png.suggestedFilename()).toMatch(/\.png$/);
  });

  it('links two audiences and shows the link in the graph and on the audience', async () => {
    await goTo('Relationships');
    const form = page.getByRole('form', { name: 'Add a relationship' });
    await form.getByRole('combobox', { name: 'From' }).selectOption({ label: JOURNALIST });
    await form.getByRole('combobox', { name: 'Relationship' }).selectOption({ label: 'works for' });
    await form.getByRole('combobox', { name: 'To' }).selectOption({ label: HERALD });
    await form.getByRole('button', { name: 'Add relationship' }).click();
    await form.getByRole('status').filter({ hasText: `Linked: ${JOURNALIST} works for ${HERALD}.` }).waitFor();

    const all = page.getByRole('table', { name: 'All relationships between audiences' });
    await all.getByRole('row', { name: new RegExp(`${JOURNALIST} works for ${HERALD}`) }).waitFor();
    await page.locator('.react-flow__edge').filter({ hasText: 'works for' }).waitFor();
    const rels = await app.core.call('relationship.list', { strategyId });
    expect(rels).toHaveLength(1);

    // Linking an audience to itself is refused before it reaches the core.
    await form.getByRole('combobox', { name: 'From' }).selectOption({ label: STUDENTS });
    await form.getByRole('button', { name: 'Add relationship' }).click();
    await form.getByRole('alert').filter({ hasText: 'Choose the audience it links to' }).waitFor();
  });

  it('writes a message house and an audience message with an Arabic version shown right to left', async () => {
    await goTo('Messages');
    const core = page.getByRole('textbox', { name: 'Core message' });
    await core.fill('Aurelia is a reliable partner for a greener future.');
    await core.press('Control+Enter');
    await expect.poll(async () => (await app.core.call('messageHouse.get', { strategyId })).core?.text).toBe(
      'Aurelia is a reliable partner for a greener future.',
    );

    await page.getByRole('button', { name: 'Add pillar' }).click();
    await page.getByRole('textbox', { name: 'Pillar' }).fill('Green transition');
    await page.getByRole('textbox', { name: 'Pillar' }).press('Enter');
    await page.getByRole('heading', { level: 3, name: /Pillar 1/ }).waitFor();
    await page.getByRole('button', { name: 'Add proof point to pillar 1' }).click();
    await page.getByRole('textbox', { name: 'Proof point' }).fill('Emissions down 38% since 2010.');
    await page.getByRole('textbox', { name: 'Proof point' }).press('Enter');
    await expect.poll(() => page.getByRole('textbox', { name: 'Proof point 1 of pillar 1' }).inputValue()).toBe('Emissions down 38% since 2010.');

    await page.getByRole('navigation', { name: 'Audiences' }).getByRole('link', { name: new RegExp(STUDENTS) }).click();
    const editor = page.getByRole('region', { name: `Messages for ${STUDENTS}` });
    await editor.waitFor();
    const add = editor.getByRole('form', { name: `Add a key message for ${STUDENTS}` });
    await add.getByRole('button', { name: 'Add key message' }).click();
    await add.getByRole('alert').filter({ hasText: 'cannot be empty' }).waitFor();
    await add.getByRole('textbox', { name: 'New key message' }).fill('Study in Aurelia: scholarships for Nordhaven students.');
    await add.getByRole('combobox', { name: 'Pillar' }).selectOption({ label: 'Pillar 1: Green transition' });
    await add.getByRole('button', { name: 'Add key message' }).click();
    await editor.getByRole('textbox', { name: 'Text of key message 1' }).waitFor();
    await editor.getByRole('checkbox', { name: 'Instagram' }).check();
    await expect.poll(async () => (await app.core.call('audienceMessage.list', { strategyId }))[0]?.platformIds.length).toBe(1);

    await editor.getByRole('button', { name: 'Add a language version of key message 1' }).click();
    const version = editor.getByRole('form', { name: 'New language version of key message 1' });
    await version.getByRole('textbox', { name: 'Language' }).fill('arabic');
    await version.getByRole('textbox', { name: 'Translated message' }).fill(ARABIC);
    await version.getByRole('button', { name: 'Add version' }).click();
    await version.getByRole('alert').filter({ hasText: /BCP 47/ }).waitFor();
    expect(await version.getByRole('textbox', { name: 'Translated message' }).inputValue()).toBe(ARABIC);
    await version.getByRole('textbox', { name: 'Language' }).fill('ar');
    expect(await version.getByRole('textbox', { name: 'Translated message' }).getAttribute('dir')).toBe('rtl');
    await version.getByRole('button', { name: 'Add version' }).click();

    const arabic = editor.getByRole('textbox', { name: 'Arabic text of key message 1' });
    await arabic.waitFor();
    expect(await arabic.inputValue()).toBe(ARABIC);
    expect(await arabic.getAttribute('dir')).toBe('rtl');
    expect(await arabic.getAttribute('lang')).toBe('ar');
    const versions = (await app.core.call('audienceMessage.list', { strategyId }))[0]?.versions ?? [];
    expect(versions.map((v) => [v.language, v.direction])).toEqual([['ar', 'rtl']]);
  });

  it('flags the high-priority audience without a message in the channel plan', async () => {
    await goTo('Channel plan');
    const gaps = page.getByRole('region', { name: /gaps? in the channel plan/ });
    await gaps.waitFor();
    await gaps.getByText(MINISTRY).first().waitFor();
    const matrix = page.getByRole('table', { name: 'Key messages per audience and platform' });
    await matrix.getByRole('columnheader', { name: 'Instagram' }).waitFor();
    const row = matrix.getByRole('row', { name: new RegExp(STUDENTS) });
    await row.getByText('Study in Aurelia: scholarships for Nordhaven students.').waitFor();
  });

  it('finds an audience with the search box in the top bar and goes to it', async () => {
    const search = page.getByRole('search', { name: 'Search audiences and messages' });
    await search.getByRole('searchbox', { name: 'Search audiences and messages' }).fill('Herald');
    const group = search.getByRole('region', { name: 'Audiences' });
    await group.getByRole('link', { name: new RegExp(HERALD) }).click();
    await page.getByRole('heading', { level: 1, name: HERALD }).waitFor();
    await page.getByRole('region', { name: 'Relationships' }).getByRole('link', { name: JOURNALIST }).waitFor();

    await search.getByRole('searchbox', { name: 'Search audiences and messages' }).fill('scholarships');
    await search.getByRole('region', { name: 'Key messages' }).getByRole('link').first().click();
    await page.getByRole('region', { name: `Messages for ${STUDENTS}` }).waitFor();

    // A word inside an Arabic word (وثوق in موثوق) is found, marked, and shown as it was written.
    await search.getByRole('searchbox', { name: 'Search audiences and messages' }).fill('وثوق');
    const version = search.getByRole('region', { name: 'Language versions' }).getByRole('link').first();
    await version.locator('mark').waitFor();
    expect(await version.locator('mark').textContent()).toBe('وثوق');
    expect(await version.textContent()).toContain(ARABIC);
  });

  it('removes an audience after asking, and brings it back with the Undo in the message', async () => {
    await goTo('Audiences');
    await page.getByRole('link', { name: JOURNALIST }).click();
    await page.getByRole('heading', { level: 1, name: JOURNALIST }).waitFor();
    await page.getByRole('button', { name: 'Remove audience' }).click();
    const confirm = page.getByRole('alertdialog', { name: `Remove ${JOURNALIST}?` });
    await confirm.getByRole('button', { name: 'Remove audience' }).click();
    await page.getByRole('heading', { level: 1, name: 'Audiences' }).waitFor();
    await expect.poll(async () => (await stored(JOURNALIST)) === undefined).toBe(true);
    expect(await app.core.call('relationship.list', { strategyId })).toHaveLength(0);

    await page.getByRole('status').getByRole('button', { name: 'Undo' }).click();
    await expect.poll(async () => (await stored(JOURNALIST))?.name).toBe(JOURNALIST);
    expect(await app.core.call('relationship.list', { strategyId })).toHaveLength(1);
    await page.getByRole('link', { name: JOURNALIST }).waitFor();
  });

  it('logged no page errors along the way, apart from the saves the core refused on purpose', () => {
    const unexpected = app.errors.filter((e) => !/status of 400/.test(e));
    expect(unexpected).toEqual([]);
  });
});
