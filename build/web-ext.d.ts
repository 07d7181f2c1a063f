/** web-ext ships no types; this covers the two calls the build makes. */
declare module 'web-ext' {
  interface RunOptions {
    sourceDir: string;
    target: string[];
    firefox?: string;
    chromiumBinary?: string;
    startUrl?: string[];
    noReload?: boolean;
    noInput?: boolean;
    args?: string[];
    pref?: Record<string, string | number | boolean>;
  }
  interface BuildOptions {
    sourceDir: string;
    artifactsDir: string;
    filename: string;
    overwriteDest: boolean;
  }
  const webExt: {
    cmd: {
      run(options: RunOptions, extra: { shouldExitProgram: boolean }): Promise<{ exit(): Promise<void> }>;
      build(options: BuildOptions, extra: { showReadyMessage?: boolean }): Promise<{ extensionPath: string }>;
    };
  };
  export default webExt;
}
