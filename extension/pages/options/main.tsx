import { render } from 'preact';
import { runtimeConnector } from '../../ui/connector.js';
import '../page.css';
import './options.css';
import { Options } from './options.js';

const app = document.getElementById('app');
if (app !== null) render(<Options connector={runtimeConnector()} />, app);
