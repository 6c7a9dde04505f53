import { render } from 'preact';
import 'nhsuk-frontend/dist/nhsuk/nhsuk-frontend.min.css';
import { App } from './app.js';
import './console.css';
import { takeToken } from './token.js';

// Taken before the first paint, so the token leaves the address bar at once.
const token = takeToken(window);
const root = document.getElementById('app');
if (root !== null) render(<App initialToken={token} />, root);
