export function dutchMessage(rule: string, message: string): string;
