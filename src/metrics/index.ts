// Public API of src/metrics/ (filled as the module lands).
export {};
