/** Options page entry: styles, localised title and language, then the page. */
import { render } from 'preact';
import { browser } from '../shared/browser.ts';
import { t } from '../shared/i18n.ts';
import baseCss from '../ui/base.css';
import { addStyles } from '../ui/theme.ts';
import optionsCss from './options.css';
import { Options } from './Options.tsx';

addStyles(document, baseCss, optionsCss);
document.title = t('optionsTitle');
document.documentElement.lang = browser.i18n.getUILanguage();
render(<Options />, document.getElementById('app')!);
