// Unit tests run in jsdom; pages are tested in a real browser (test/web).
export {};
