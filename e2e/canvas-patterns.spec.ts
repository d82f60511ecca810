// A learner loads multi-container pods and reads them off the canvas: the init lane then the app, a log shipper
// sharing a volume, an ambassador and an adapter with their outside ends, a crash that stops a flow, a port
// conflict, and calm flows for readers who asked for less motion.
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}.yaml`, import.meta.url), 'utf8');

async function loadPod(page: Page, yaml: string): Promise<void> {
  const editor = page.getByRole('textbox', { name: 'Pod spec' });
  await editor.click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.insertText(yaml);
}

async function stepUntilRunning(page: Page): Promise<void> {
  const status = page.getByRole('status', { name: 'Pod status' });
  const stepForward = page.getByRole('button', { name: 'Step forward' });
  for (let i = 0; i < 40 && !/Running/.test((await status.locator('.kubectl-status').textContent()) ?? ''); i++) {
    await stepForward.click();
  }
  await expect(status.locator('.kubectl-status')).toHaveText('Running');
}

/** A flow's edge on the canvas, by its accessible name ("traffic out to a service: cloud-sql-proxy to Cloud SQL"). */
const edge = (page: Page, name: RegExp) => page.getByRole('img', { name });
/** The moving dots shown on an edge: circles that ride its path (a stopped flow's are hidden). */
const dots = (page: Page, name: RegExp) => edge(page, name).locator('circle.flow-dot:visible');

async function shoot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `/tmp/canvas-${name}.png`, fullPage: true });
}

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`canvas (${colorScheme})`, () => {
    test.beforeEach(async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await page.goto('./');
      await expect(page.getByRole('textbox', { name: 'Pod spec' })).toBeVisible();
    });

    test('the article pod shows its init lane, then the app running', async ({ page }) => {
      const init = page.getByRole('button', { name: /^init-myservice, init container, / });
      const app = page.getByRole('button', { name: /^myapp-container, main, / });
      await expect(init).toBeVisible();
      await expect(app).toHaveAccessibleName(/^myapp-container, main, (not created|waiting: PodInitializing)$/);
      await expect(page.getByRole('group', { name: /^Pod sauce, IP 10\.244\.\d+\.\d+/ })).toBeVisible();

      // While the init container runs, the app waits.
      const stepForward = page.getByRole('button', { name: 'Step forward' });
      const initRunning = page.getByRole('button', { name: 'init-myservice, init container, running' });
      for (let i = 0; i < 20 && (await initRunning.count()) === 0; i++) await stepForward.click();
      await expect(init).toHaveAccessibleName('init-myservice, init container, running');
      await expect(app).toHaveAccessibleName(/^myapp-container, main, (not created|waiting: PodInitializing)$/);
      await expect(init).toContainText('init 1');

      await stepUntilRunning(page);
      await expect(init).toHaveAccessibleName('init-myservice, init container, terminated: Completed (exit code 0)');
      await expect(init.locator('.container-node')).toHaveClass(/is-faded/);
      await expect(app).toHaveAccessibleName('myapp-container, main, running');
      await expect(app).toContainText('✓ ready');
      await shoot(page, `article-${colorScheme}`);
    });

    test('a log shipper shares the logs volume with the app, and the flows move', async ({ page }) => {
      await loadPod(page, fixture('log-shipper'));
      await expect(page.getByRole('button', { name: /^log-shipper, sidecar, / })).toBeVisible();
      await expect(page.getByRole('group', { name: 'volume logs, emptyDir' })).toBeVisible();
      await expect(page.getByRole('group', { name: 'outside the pod: log backend' })).toBeVisible();
      const write = /^writes to a volume: web to logs, \/var\/log\/nginx; /;
      const read = /^reads from a volume: logs to log-shipper, \/var\/log\/nginx \(read-only\); /;
      // Nothing runs yet: no dots.
      await expect(dots(page, write)).toHaveCount(0);

      await stepUntilRunning(page);
      await expect(dots(page, write).first()).toBeVisible();
      await expect(edge(page, write)).toHaveAccessibleName(/; flowing$/);
      // They move: a dot is somewhere else a moment later.
      const where = () => dots(page, write).first().evaluate((dot) => JSON.stringify(dot.getBoundingClientRect()));
      const before = await where();
      await expect.poll(where).not.toBe(before);
      await expect(dots(page, read).first()).toBeVisible();
      await expect(dots(page, /^ships out: log-shipper to log backend/).first()).toBeVisible();
      // Mount paths label the mounts on the canvas.
      await expect(edge(page, write)).toContainText('/var/log/nginx');
      await shoot(page, `log-shipper-${colorScheme}`);
    });

    test('an ambassador shows its outside service; crashing it stops its flow', async ({ page }) => {
      await loadPod(page, fixture('ambassador'));
      const proxy = page.getByRole('button', { name: /^cloud-sql-proxy, ambassador, / });
      await expect(proxy).toBeVisible();
      await expect(page.getByRole('group', { name: 'outside the pod: Cloud SQL' })).toBeVisible();
      await expect(page.getByRole('group', { name: /^localhost, .*ports .*5432/ })).toContainText('localhost:5432');
      const egress = /^traffic out to a service: cloud-sql-proxy to Cloud SQL/;
      const toProxy = /^traffic over localhost: localhost to cloud-sql-proxy/;

      await stepUntilRunning(page);
      await expect(dots(page, egress).first()).toBeVisible();
      await expect(dots(page, toProxy).first()).toBeVisible();
      await shoot(page, `ambassador-${colorScheme}`);

      // A second on (the proxy has just started), open its details and make it exit.
      const time = page.getByRole('slider');
      await time.focus();
      for (let i = 0; i < 10; i++) await page.keyboard.press('ArrowRight');
      await proxy.click();
      const details = page.getByRole('region', { name: 'Container cloud-sql-proxy' });
      await expect(details).toContainText('the Cloud SQL Auth Proxy');
      await details.getByRole('button', { name: 'Make cloud-sql-proxy exit now with code 1' }).click();

      await expect(proxy).toHaveAccessibleName(/^cloud-sql-proxy, ambassador, (terminated: Error \(exit code 1\)|waiting: CrashLoopBackOff)$/);
      await expect(dots(page, egress)).toHaveCount(0);
      await expect(dots(page, toProxy)).toHaveCount(0);
      await expect(edge(page, egress).locator('path.is-stopped')).toHaveCount(1);
      await expect(edge(page, egress)).toHaveAccessibleName(/; stopped$/);
      // With a container down the pod is not Ready, so it leaves its Services' endpoints: clients' traffic stops too.
      await expect(dots(page, /^traffic in from a client: pod orders to orders/)).toHaveCount(0);
      await expect(page.getByRole('status', { name: 'Pod status' })).toContainText('1/2');
      await expect(details.getByRole('region', { name: 'State history of cloud-sql-proxy' })).toContainText(/code 1/);
      await shoot(page, `ambassador-crashed-${colorScheme}`);
      // Failed states, stopped flows and the details panel keep their contrast.
      const results = await new AxeBuilder({ page }).include('section[aria-label="Pod"]').analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    });

    test('an adapter shows monitoring scraping it and its read of the app over localhost', async ({ page }) => {
      await loadPod(page, fixture('adapter'));
      await expect(page.getByRole('button', { name: /^redis-exporter, adapter, / })).toBeVisible();
      await expect(page.getByRole('group', { name: 'outside the pod: monitoring' })).toBeVisible();
      await stepUntilRunning(page);
      await expect(dots(page, /^scraped by monitoring: monitoring to pod cache/).first()).toBeVisible();
      await expect(dots(page, /^traffic over localhost: redis-exporter to localhost, localhost:6379/).first()).toBeVisible();
      await shoot(page, `adapter-${colorScheme}`);
    });

    test('two containers on port 8080 are drawn in conflict, in words as well as colour', async ({ page }) => {
      await loadPod(page, fixture('port-conflict'));
      const api = page.getByRole('button', { name: /^api, main, / });
      const admin = page.getByRole('button', { name: /^admin, main, / });
      await expect(api).toContainText('port conflict');
      await expect(admin).toContainText('port conflict');
      const pod = page.getByRole('group', { name: /^Pod clash/ });
      await expect(pod).toContainText(/10\.244\.\d+\.\d+:8080/);
      await expect(pod).toContainText('conflict');
      await expect(page.getByRole('group', { name: /^localhost, / })).toContainText('localhost:8080 conflict');
      await shoot(page, `port-conflict-${colorScheme}`);
    });
  });
}

test('with reduced motion, active flows are a highlighted path and nothing moves', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('./');
  await loadPod(page, fixture('log-shipper'));
  await expect(page.getByRole('button', { name: /^log-shipper, sidecar, / })).toBeVisible();
  await stepUntilRunning(page);
  const write = edge(page, /^writes to a volume: web to logs/);
  await expect(write.locator('path.is-active.is-static')).toHaveCount(1);
  await expect(page.locator('.react-flow .flow-dot')).toHaveCount(0);
  await shoot(page, 'reduced-motion');
});

test('containers are reachable with the keyboard: Tab to one, Enter opens its details, Escape closes them', async ({ page }) => {
  await page.goto('./');
  const init = page.getByRole('button', { name: /^init-myservice, / });
  await init.focus();
  await expect(init).toBeFocused();
  await page.keyboard.press('Enter');
  const details = page.getByRole('region', { name: 'Container init-myservice' });
  await expect(details).toBeVisible();
  await expect(details).toContainText('git clone');
  await expect(details).toContainText('init container');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: /^myapp-container, / })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('region', { name: 'Container myapp-container' })).toBeVisible();
  await expect(details).toHaveCount(0);

  // Space presses a focused container as it would a button, and leaves playback alone.
  await page.getByRole('button', { name: /^init-myservice, / }).focus();
  await page.keyboard.press(' ');
  await expect(page.getByRole('region', { name: 'Container init-myservice' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();
  await page.getByRole('button', { name: /^myapp-container, / }).click();

  await page.getByRole('region', { name: 'Container myapp-container' }).getByRole('button', { name: 'Close details' }).focus();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('region', { name: /^Container / })).toHaveCount(0);
  await expect(page.getByRole('button', { name: /^myapp-container, / })).toBeFocused();
});

test('the layout holds still while stepping: no node moves', async ({ page }) => {
  await page.goto('./');
  await loadPod(page, fixture('log-shipper'));
  const web = page.getByRole('button', { name: /^web, main, / });
  const canvas = page.getByRole('application', { name: 'Pod canvas' });
  await expect(web).toBeVisible();
  await page.waitForTimeout(300);
  // Where the node sits in the canvas (the page above it may grow as the status changes).
  const place = async () => {
    const [node, frame] = await Promise.all([web.boundingBox(), canvas.boundingBox()]);
    return node && frame ? { x: node.x - frame.x, y: node.y - frame.y, width: node.width, height: node.height } : null;
  };
  const before = await place();
  await stepUntilRunning(page);
  expect(await place()).toEqual(before);
});
