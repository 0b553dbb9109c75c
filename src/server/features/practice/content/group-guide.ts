// What assessors look for in group interviews and assessment centres, and a checklist to prepare.

export interface GroupGuide {
  /** What assessors watch for, each with a short explanation. */
  watchFor: readonly { title: string; detail: string }[];
  /** Things to do before the day; keys are stable and kebab-case. */
  checklist: readonly { key: string; label: string; hint: string }[];
}

export const GROUP_GUIDE: GroupGuide = {
  watchFor: [
    {
      title: 'Contributing, not dominating',
      detail:
        'Assessors want to hear your ideas, but talking the most does not score the most. Aim for a few well-timed, useful contributions, and notice when you have had more than your share of the airtime.',
    },
    {
      title: 'Active listening',
      detail:
        'They watch how you react to others: eye contact, nodding, and above all whether your next point responds to what was just said. Referring back to someone by name ("As Amira said…") shows you were listening.',
    },
    {
      title: 'Building on other people’s ideas',
      detail:
        'Taking a colleague’s suggestion and improving it often scores higher than introducing your own from scratch. Credit the original idea and add something concrete to it.',
    },
    {
      title: 'Including quieter members',
      detail:
        'Inviting someone who has not spoken ("Sam, what would you put first?") shows leadership and care for the team. Do it naturally and give them room to answer; don’t put them on the spot with a hard question.',
    },
    {
      title: 'Clear reasoning',
      detail:
        'Assessors score the quality of your thinking, not whether you reached the "right" answer. Give reasons for your views, use the facts in the materials, and be willing to change your mind when a better argument comes up.',
    },
    {
      title: 'Keeping track of time',
      detail:
        'Groups often run out of time before agreeing anything. Offering to keep time, or saying "we have ten minutes left, shall we decide on the top three?", is a simple way to help the whole group succeed.',
    },
    {
      title: 'Summarising and moving the group forward',
      detail:
        'Pulling the discussion together ("So far we agree on A and B, but not C") helps everyone and shows you can see the bigger picture. Use it when the group is going round in circles or before a decision.',
    },
    {
      title: 'Handling disagreement calmly',
      detail:
        'Disagreeing is fine; how you do it matters. Challenge the idea, not the person, acknowledge what is good in their point, and suggest a way to resolve it, such as agreeing criteria or a quick vote.',
    },
    {
      title: 'Staying positive and professional throughout',
      detail:
        'Assessors often watch from the moment you arrive, including breaks and lunch. Be friendly to everyone, including other candidates and reception staff, and treat the other candidates as colleagues, not rivals.',
    },
    {
      title: 'Focusing on the task and the outcome',
      detail:
        'Remember what the group has been asked to produce: a ranking, a plan, a presentation. Keep bringing the discussion back to that goal so the group has something to show at the end.',
    },
  ],
  checklist: [
    {
      key: 'read-the-invitation',
      label: 'Read the invitation carefully',
      hint: 'Note the start time, address, dress code, how long the day lasts and which exercises are listed. Reply to confirm if asked.',
    },
    {
      key: 'research-the-employer',
      label: 'Research the employer and the role',
      hint: 'Know what the organisation does, who its customers are and what the job involves. Group tasks are often based on real challenges in that line of work.',
    },
    {
      key: 'know-the-competencies',
      label: 'Find out what they will assess',
      hint: 'Look at the job advert and person specification for the skills listed, such as teamwork, communication or problem-solving. Assessors usually score against exactly these.',
    },
    {
      key: 'practise-a-group-exercise',
      label: 'Practise a group exercise with others',
      hint: 'Run one of the practice exercises with friends, family or fellow job seekers. Ask someone to watch and tell you how often you spoke and how you came across.',
    },
    {
      key: 'prepare-a-short-introduction',
      label: 'Prepare a 30-second introduction',
      hint: 'Many days start with everyone introducing themselves. Say your name, your background in one sentence and what interests you about the role.',
    },
    {
      key: 'prepare-star-examples',
      label: 'Prepare examples for the interview part',
      hint: 'Most assessment days include an individual interview. Have four or five examples ready using STAR: situation, task, action, result.',
    },
    {
      key: 'brush-up-on-presenting',
      label: 'Practise presenting for two to five minutes',
      hint: 'Time yourself speaking on a simple topic, using brief notes rather than a script. Practise looking up and speaking slowly.',
    },
    {
      key: 'plan-the-journey',
      label: 'Plan your journey and aim to arrive early',
      hint: 'Check the route and travel times the day before, and plan to arrive 15 minutes early. Save the contact number in case you are delayed.',
    },
    {
      key: 'pack-the-essentials',
      label: 'Pack what you need',
      hint: 'Bring the invitation, photo ID if requested, a pen and notepad, water, and a copy of your CV or application. Charge your phone.',
    },
    {
      key: 'ask-about-adjustments',
      label: 'Ask for any adjustments you need',
      hint: 'If you have a disability, a health condition or any need that affects how you take part (for example extra reading time), tell the organisers in advance. It is your right to ask.',
    },
    {
      key: 'prepare-questions-to-ask',
      label: 'Prepare questions to ask',
      hint: 'Have two or three genuine questions about the role, the team or training. There is often a chance to ask them at the end of the day or in informal sessions.',
    },
    {
      key: 'rest-and-reset',
      label: 'Rest, and plan to reset between exercises',
      hint: 'Get a good night’s sleep and eat before you go. If one exercise goes badly, let it go: each one is usually scored separately.',
    },
  ],
};
