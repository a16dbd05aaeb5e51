/** Debian's Chromium, or the build `CHROMIUM_PATH` points at. */
export declare const executablePath: string;
/** Launch flags that keep it quiet on a closed network. */
export declare const args: string[];
