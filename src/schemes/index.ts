// Public API of src/schemes/ (filled as the module lands).
export {};
