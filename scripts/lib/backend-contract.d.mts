// Types of what the browser tests read from backend-contract.mjs (the rest is read by scripts).
export declare const errorKinds: readonly { kind: string; statuses: readonly number[]; answer: string }[];
export declare const otherwise: { serverError: string; clientError: string };
