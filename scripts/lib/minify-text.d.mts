/** The CSS of one template piece, minified. */
export function minifyCss(text: string): string;
/** The markup of one template piece with its indentation collapsed. */
export function minifyHtml(text: string): string;
