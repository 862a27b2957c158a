// As a spec file whose import throws: Jest runs none of its tests.
throw new Error('this spec file cannot be loaded');
