import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { AppRouter } from './app/app-router';
import './app/theme.css';

const root = document.getElementById('root');
if (root) createRoot(root).render(<StrictMode><AppRouter /></StrictMode>);
