export declare const CHROMIUM_ARGS: string[];
export declare function findChromium(): { path: string | undefined; source: string } | null;
