/** src/'s folders from the top down, as the folder-layers rule enforces them. */
export declare const LAYERS: string[][]
