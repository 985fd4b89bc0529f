// Public API of src/scales/ (filled as the module lands).
export {};
