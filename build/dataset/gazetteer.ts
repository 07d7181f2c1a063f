/**
 * Place names the extractor recognises: US states, countries, regions and large cities.
 * General knowledge, not story curation: the same list serves any story pack.
 */
const US_STATES =
  'Alabama Alaska Arizona Arkansas California Colorado Connecticut Delaware Florida Georgia Hawaii ' +
  'Idaho Illinois Indiana Iowa Kansas Kentucky Louisiana Maine Maryland Massachusetts Michigan ' +
  'Minnesota Mississippi Missouri Montana Nebraska Nevada Ohio Oklahoma Oregon Pennsylvania ' +
  'Tennessee Texas Utah Vermont Virginia Wisconsin Wyoming';
const MULTI_WORD = [
  'New Hampshire', 'New Jersey', 'New Mexico', 'New York', 'North Carolina', 'North Dakota',
  'Rhode Island', 'South Carolina', 'South Dakota', 'West Virginia', 'Puerto Rico',
  'United States', 'El Salvador', 'Costa Rica', 'Dominican Republic', 'United Kingdom',
  'Central America', 'Latin America', 'South America', 'North America', 'Middle East',
  'New York City', 'Las Vegas', 'Los Angeles', 'San Antonio', 'San Diego', 'San Francisco',
  'Washington, D.C.',
];
const COUNTRIES =
  'Mexico Guatemala Honduras Nicaragua Panama Belize Cuba Haiti Colombia Venezuela Ecuador Peru ' +
  'Brazil Argentina Chile Bolivia Paraguay Uruguay Canada Syria Iraq Iran Afghanistan Somalia ' +
  'Ukraine Russia China India Pakistan Nigeria Germany France Italy Spain Greece Turkey Israel Jordan ' +
  'Lebanon Egypt Libya Yemen Eritrea Sudan Ethiopia Philippines Vietnam Japan Korea Australia';
const CITIES = 'Chicago Houston Phoenix Philadelphia Dallas Atlanta Miami Boston Denver Seattle Detroit';

export const PLACE_NAMES: readonly string[] = [
  ...US_STATES.split(' '),
  ...COUNTRIES.split(' '),
  ...CITIES.split(' '),
  ...MULTI_WORD,
].sort((a, b) => b.length - a.length);

/** Two-letter-ish state abbreviations used after a party letter ("D-Calif.", "R-N.Y."). */
export const STATE_ABBREVIATIONS: Readonly<Record<string, string>> = {
  'Calif.': 'California', 'Ill.': 'Illinois', 'Md.': 'Maryland', 'N.Y.': 'New York', 'N.M.': 'New Mexico',
  'Nev.': 'Nevada', 'Mass.': 'Massachusetts', 'Fla.': 'Florida', 'Ariz.': 'Arizona', 'Colo.': 'Colorado',
  'Conn.': 'Connecticut', 'Wash.': 'Washington', 'Mich.': 'Michigan', 'Minn.': 'Minnesota', 'N.J.': 'New Jersey',
  'N.C.': 'North Carolina', 'Va.': 'Virginia', 'Pa.': 'Pennsylvania', 'Tenn.': 'Tennessee', 'Ga.': 'Georgia',
  'Texas': 'Texas', 'Vt.': 'Vermont', 'Ore.': 'Oregon', 'Wis.': 'Wisconsin', 'Ohio': 'Ohio', 'Hawaii': 'Hawaii',
};
