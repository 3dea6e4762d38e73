declare const catalogRules: string[];
export = catalogRules;
