import { test } from 'node:test';
import assert from 'node:assert/strict';
import { routingNote, text, type Definition } from '../index.ts';

const def: Definition = {
  sections: [
    { id: 'p1', title: text('Your experience', 'What happened'), questions: [{ id: 'q1', type: 'rating', label: text('How easy was it?', 'Was it easy?'), required: true, options: [{ value: 'easy', label: text('Easy', 'Easy') }, { value: 'difficult', label: text('Difficult', 'Hard') }, { value: 'very-difficult', label: text('Very difficult', 'Very hard') }] }] },
    { id: 'p2', title: text('Why', 'Why'), questions: [{ id: 'q2', type: 'long-text', label: text('What made it difficult?', 'What made it hard?'), required: false, showIf: { question: 'q1', anyOf: ['difficult', 'very-difficult'] } }] },
    { id: 'p3', title: text('More', 'More'), questions: [{ id: 'q3', type: 'short-text', label: text('Anything else?', 'Tell us more'), required: false }] },
  ],
};
const [q2, q3] = [def.sections[1]!.questions[0]!, def.sections[2]!.questions[0]!];

test('a routing note uses the Easy Read words in the Easy Read version, and names every option that shows the question', () => {
  assert.equal(routingNote(def, q2, 'standard'), 'Answer "What made it difficult?" only if you answered "Difficult" or "Very difficult" to "How easy was it?"');
  assert.equal(routingNote(def, q2, 'easy-read'), 'Only answer "What made it hard?" if you said "Hard" or "Very hard" to "Was it easy?"');
  assert.doesNotMatch(routingNote(def, q2, 'easy-read'), /Difficult|difficult/);
  assert.equal(routingNote(def, q3, 'easy-read'), '', 'a question always shown has no note');
});
