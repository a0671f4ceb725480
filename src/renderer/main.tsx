import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@fontsource-variable/inter/wght.css';
// Scripts Inter does not cover, and emoji, from the Noto families the brief bundles: a laptop without
// CJK, Indic, Thai or emoji fonts still shows them, not boxes. unicode-range loads only the pieces a page uses.
// Emoji are Noto's outline set: the colour set (COLRv1) draws nothing where Chromium cannot paint it.
import '@fontsource/noto-sans-arabic/400.css';
import '@fontsource/noto-sans-hebrew/400.css';
import '@fontsource/noto-sans-devanagari/400.css';
import '@fontsource/noto-sans-thai/400.css';
import '@fontsource/noto-sans-sc/400.css';
import '@fontsource/noto-sans-jp/400.css';
import '@fontsource/noto-sans-kr/400.css';
import '@fontsource/noto-emoji/400.css';
import './ui/theme.css';
import { App } from './app/App';
import { pruneDrafts } from './app/drafts';

pruneDrafts();

const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
