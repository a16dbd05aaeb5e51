/** The features playwright-core turns off, which the launch flags repeat. */
export declare const playwrightDisabledFeatures: string[];
/** The launch options of Debian's Chromium for playwright-core. */
export declare const chromiumLaunchOptions: {
  /** Debian's Chromium, or the build `CHROMIUM_PATH` points at. */
  executablePath: string;
  /** Launch flags that keep it quiet on a closed network and light on CPU. */
  args: string[];
};
