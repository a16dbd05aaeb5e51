/** The launch options of Debian's Chromium for playwright-core. */
export declare const chromiumLaunchOptions: {
  /** Debian's Chromium, or the build `CHROMIUM_PATH` points at. */
  executablePath: string;
  /** Launch flags that keep it quiet on a closed network. */
  args: string[];
};
