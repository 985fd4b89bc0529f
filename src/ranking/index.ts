// Public API of src/ranking/ (filled as the module lands).
export {};
