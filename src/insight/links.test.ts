import assert from 'node:assert/strict';
import { test } from 'node:test';
import { classifyWith } from './classify.ts';
import { discoverThemes } from './discover.ts';
import { stripLinks } from './links.ts';
import { loadDefaultModel } from './model.ts';

const IMAGE = 'https://www.careopinion.org.uk/resources/images/opinions/1154382/ward-garden.jpg?width=600&mode=crop';

test('stripLinks removes http(s) and www addresses and keeps the sentence around them', () => {
  assert.equal(stripLinks(`The garden was lovely, see ${IMAGE}`), 'The garden was lovely, see');
  assert.equal(stripLinks('My story is at https://www.careopinion.org.uk/opinions/1154382. Thank you all.'), 'My story is at. Thank you all.');
  assert.equal(stripLinks('Read it here (www.careopinion.org.uk/1154382) please'), 'Read it here please');
  assert.equal(stripLinks('http://careopinion.org.uk/resources/uploads/2023/05/IMG_2041.jpeg'), '');
  assert.equal(stripLinks('Leaflet: ftp://files.example.nhs.uk/resources/leaflet.pdf, page 2'), 'Leaflet:, page 2');
});

test('stripLinks removes bare domains with a path, as pasted from a phone', () => {
  assert.equal(stripLinks('careopinion.org.uk/resources/images/opinions/1154382/photo.png the food was cold'), 'the food was cold');
  assert.equal(stripLinks('See example.org/resources/funding-guide for details'), 'See for details');
  assert.equal(stripLinks('Booked through nhs.uk and it was easy'), 'Booked through and it was easy');
});

test('stripLinks keeps ordinary sentences, abbreviations and a missing space after a full stop', () => {
  for (const text of [
    'The ward was clean.It was quiet at night.',
    'Staff were kind, e.g. the night nurse, i.e. everyone.',
    'Waited 2.5 hours in A&E; resources were stretched.',
    'I <3 the new café',
    'Rated 10/10 [would recommend]',
  ]) {
    assert.equal(stripLinks(text), text);
  }
});

test('stripLinks keeps the alt text of a Markdown image, but not a file name or a generic word', () => {
  assert.equal(stripLinks(`Lunch today ![Cold chips on the tray](${IMAGE})`), 'Lunch today Cold chips on the tray');
  assert.equal(stripLinks(`![IMG_2041.jpg](${IMAGE} "photo") Lovely staff`), 'Lovely staff');
  assert.equal(stripLinks(`![image](${IMAGE})`), '');
  assert.equal(stripLinks(`![](${IMAGE})`), '');
  assert.equal(stripLinks('More at [our story](https://www.careopinion.org.uk/opinions/1154382) online'), 'More at our story online');
});

test('stripLinks removes HTML image and link tags typed as text, keeping alt text and link text', () => {
  assert.equal(stripLinks(`The view <img src="${IMAGE}" alt="View from bay 4"> was calming`), 'The view View from bay 4 was calming');
  assert.equal(stripLinks(`<IMG SRC='${IMAGE}'>`), '');
  assert.equal(stripLinks(`<img alt="photo 2" src="${IMAGE}"/>Clean toilets`), 'Clean toilets');
  assert.equal(stripLinks('<a href="https://www.careopinion.org.uk/opinions/1154382">my story</a> is here'), 'my story is here');
});

test('stripLinks removes email addresses and data: images', () => {
  assert.equal(stripLinks('Write to patient.experience@example.nhs.uk or mailto:pals@example.nhs.uk today'), 'Write to or today');
  assert.equal(stripLinks('Photo data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAAB attached'), 'Photo attached');
});

test('a Care Opinion image link no longer adds "Funding & use of financial resources"', async () => {
  const model = await loadDefaultModel();
  const link = 'https://www.careopinion.org.uk/resources/images/opinions/1154382/resources-funding.jpg';
  const [withLink, without] = classifyWith(model, [`The nurses were kind and caring ${link}`, 'The nurses were kind and caring']);
  assert.deepEqual(withLink, without);
  assert.ok(!withLink.themes.some((t) => t.label === 'Funding & use of financial resources'));
  const [onlyLink] = classifyWith(model, [link]);
  assert.equal(onlyLink.unclassified, true);
});

test('discovery clusters on the text without links, shows the comment as written, and sets aside a link-only comment', () => {
  const texts = [
    ...Array.from({ length: 6 }, (_, i) => `Parking was full and expensive at the car park ${i} https://www.careopinion.org.uk/resources/images/${i}.jpg`),
    ...Array.from({ length: 6 }, (_, i) => `The food was cold and the menu had no choice ${i}`),
    IMAGE,
  ];
  const d = discoverThemes(texts, { k: 2, seed: 1 });
  assert.equal(d.thinReasons[12], 'empty');
  for (const t of d.themes) assert.ok(!t.terms.some((x) => /careopinion|resources|images|jpg|www|https/.test(x.term)), t.label);
  const parking = d.themes.find((t) => t.examples.some((e) => e.index === 0));
  assert.ok(parking?.examples.some((e) => e.text.includes('https://www.careopinion.org.uk')));
});
