/** The longest a source file may be, in lines. */
export declare const maxFileLines: number;
/** The longest a function may be, in lines. */
export declare const maxFunctionLines: number;
/** What is over its limit in one file: a list of readable findings, empty when the file is fine. */
export declare function lengthFindings(path: string, text: string): string[];
