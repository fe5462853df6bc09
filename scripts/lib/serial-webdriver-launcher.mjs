// web-test-runner's WebDriver launcher, for WebKit (WebKitWebDriver), with two changes:
//
// - No heartbeat. The launcher asks for the page's title every 60 s so that a Selenium grid
//   does not end an idle session; WebKitWebDriver ends none, and when that request arrives
//   while a navigation is loading, WebKitWebDriver never answers the navigation. The runner
//   then waited two minutes, navigated again over the next test, and, on a busy machine where
//   loads take long enough to meet the heartbeat, stopped the whole run (seen in CI: the
//   browser step ended with no result, at a different file each time).
// - A test page's navigation is awaited (with one page at a time, `concurrency: 1`, as
//   here; several pages in iframes keep the launcher's own way). The launcher let it float,
//   so a navigation that failed was an unhandled rejection, which stops the runner before it
//   reports anything; awaited, it fails that one test file, with the driver's message.
import { WebdriverLauncher } from '@web/test-runner-webdriver';

class SerialWebdriverLauncher extends WebdriverLauncher {
  setupHeartbeat() {}

  async startSession(id, url) {
    if (this.config?.concurrency !== 1) return super.startSession(id, url);
    await this.ensureManagerInitialized();
    await this.driverManager.startSession(id, url);
  }
}

export function serialWebdriverLauncher(options) {
  return new SerialWebdriverLauncher(options);
}
