import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { AppRouter } from './app/app-router';
import { startTextBackup } from './store/text-backup';
import './app/theme.css';

startTextBackup();
const root = document.getElementById('root');
if (root) createRoot(root).render(<StrictMode><AppRouter /></StrictMode>);
