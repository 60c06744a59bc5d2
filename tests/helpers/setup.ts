// Unit and component tests run against an in-memory IndexedDB.
import 'fake-indexeddb/auto';
import { configure } from '@testing-library/preact';

// Wait for conditions, not for a fixed time: on a busy 2-CPU machine a screen may need more than
// Testing Library's default second to show what a test waits for.
configure({ asyncUtilTimeout: 10_000 });
