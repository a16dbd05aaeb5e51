// Debian's Chromium, as the browser tests, the Storybook tests and the bench launch it through playwright-core.

/**
 * The features playwright-core 1.62 turns off (its chromiumSwitches.ts). Chromium keeps only the last
 * `--disable-features` it is given, so ours must repeat them; test/unit/tools/chromiumFeatures.test.ts fails when
 * playwright-core's list changes.
 */
export const playwrightDisabledFeatures = [
  'AvoidUnnecessaryBeforeUnloadCheckSync',
  'BoundaryEventDispatchTracksNodeRemoval',
  'DestroyProfileOnBrowserClose',
  'DialMediaRouteProvider',
  'GlobalMediaControls',
  'HttpsUpgrades',
  'LensOverlay',
  'MediaRouter',
  'PaintHolding',
  'ThirdPartyStoragePartitioning',
  'BlockOriginHeaderModificationOnRedirect',
  'Translate',
  'AutoDeElevate',
  'OptimizationHints',
  'msForceBrowserSignIn',
  'msEdgeUpdateLaunchServicesPreferredVersion',
];

// Chromium 156 preloads the address bar's suggestion popup, two WebUI pages in a renderer of their own, for every
// window, headless too: about a second of CPU per page the tests open, most of what the browser tests cost on
// 2 cores. No test uses an address bar.
const omniboxPopups = ['WebUIOmniboxPopup', 'WebUIOmniboxFullPopup', 'WebUIOmniboxAimPopup'];

/** What every launch of it passes to playwright-core. */
export const chromiumLaunchOptions = {
  /** Its path; `CHROMIUM_PATH` points at another build. */
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  /** Quiet on a closed network: no sandbox or GPU to set up, no downloads, no background connections. */
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    `--disable-features=${[...playwrightDisabledFeatures, ...omniboxPopups].join(',')}`,
  ],
};
