// Entry of demo/beheer.html.
import { render } from 'preact';
import { BUNDLED_SOURCES } from './bundled-sources.ts';
import { BeheerPage } from './ui/beheer-page.tsx';

const root = document.getElementById('beheer');
if (root) render(<BeheerPage sources={BUNDLED_SOURCES} />, root);
