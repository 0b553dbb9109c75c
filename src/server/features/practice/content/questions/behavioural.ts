import type { SeedQuestion } from '../../../../../shared/practice.ts';

// General questions for any field: behavioural ("tell me about a time…").

export const BEHAVIOURAL: readonly SeedQuestion[] = [
  // Behavioural
  {
    key: 'g-beh-teamwork-success',
    text: "Tell me about a time you worked with others to achieve something you couldn't have done alone.",
    category: 'behavioural',
    fields: [],
    difficulty: 'easy',
    lookingFor:
      'Whether you work well with other people, understand your own part in a shared result and give others credit. They also want to see how you behave when the team depends on you.',
    guide:
      'Use STAR: set the scene in a sentence or two (situation), say what the team had to deliver and what your part was (task), then spend most of your answer on what you personally did (action). Close with a concrete result, such as a deadline hit, a customer kept or a number improved. Say "I" for your actions and "we" for the team\'s; answers that only say "we" make it hard to see what you contributed. Avoid picking an example where you did everything yourself, because that undermines the point of the question.',
  },
  {
    key: 'g-beh-disagreed-with-colleague',
    text: 'Describe a time you disagreed with a colleague. How did you handle it?',
    category: 'behavioural',
    fields: [],
    difficulty: 'medium',
    lookingFor:
      'How you handle tension: whether you raise it calmly, listen, keep the focus on the work rather than the person, and reach an outcome without leaving damage behind.',
    guide:
      "Choose a real disagreement about the work (a method, a priority, a decision), not a personality clash or gossip. Using STAR, explain what each of you wanted and why, then show the actions you took: asking questions, finding common ground, bringing facts, or agreeing to involve someone else. The result should include both the outcome for the work and the state of the relationship afterwards. Don't make the colleague the villain; interviewers notice when a candidate can't describe the other side fairly.",
  },
  {
    key: 'g-beh-failure',
    text: 'Tell me about a time you failed at something. What happened and what did you learn?',
    category: 'behavioural',
    fields: [],
    difficulty: 'medium',
    lookingFor:
      'Self-awareness and honesty: whether you can own a real setback without excuses, and whether you actually changed something afterwards.',
    guide:
      'Pick a genuine failure with real but recoverable consequences, not a disguised success or a disaster that raises doubts about your judgement. Keep the situation and task short, be clear about your own part in what went wrong, and describe what you did once you realised. Spend the last third of your answer on what you learned and, crucially, a later example of doing things differently. Blaming bad luck or other people is the most common way to lose marks here.',
  },
  {
    key: 'g-beh-tight-deadline',
    text: 'Give me an example of a time you had to meet a tight deadline.',
    category: 'behavioural',
    fields: [],
    difficulty: 'easy',
    lookingFor:
      'How you plan and stay steady under time pressure, and whether you protect quality and keep people informed rather than just working longer hours.',
    guide:
      'Use STAR and make the pressure concrete: what was due, by when, and why the time was short. In the action part, show your method, such as breaking the work down, cutting what could wait, asking for help or telling people early about risks. Give a clear result, including whether the deadline was met and what the quality was like. Avoid answers that rely only on staying late, since that suggests you have no other way of coping.',
  },
  {
    key: 'g-beh-lead-without-authority',
    text: "Tell me about a time you led a piece of work or a group of people without being anyone's manager.",
    category: 'behavioural',
    fields: [],
    difficulty: 'hard',
    lookingFor:
      'Whether you can influence and organise people who do not report to you, using trust, clarity and example rather than rank. This is a strong signal of readiness for more responsibility.',
    guide:
      'Good examples include coordinating a project, training new starters, organising a rota or event, or steering a fix across teams. Using STAR, explain why people had no obligation to follow you, then show exactly how you got them on board: agreeing a shared goal, making tasks clear, following up, and recognising their effort. Finish with the result and what the people involved said or did afterwards. Avoid describing yourself giving orders; the point is that you had none to give.',
  },
  {
    key: 'g-beh-difficult-customer',
    text: 'Describe a time you dealt with a difficult customer, client or member of the public.',
    category: 'behavioural',
    fields: [],
    difficulty: 'medium',
    lookingFor:
      'Patience, empathy and judgement under pressure: whether you can calm a situation, solve the real problem and stay within the rules without being a pushover.',
    guide:
      "With STAR, describe what made the person difficult and what they actually needed, which is often different from what they were demanding. In the action part, show listening, acknowledging their frustration, explaining clearly what you could and couldn't do, and following through. End with the result for the customer and for your employer, and anything you changed so it wouldn't happen again. Never mock or belittle the customer, even if the story is funny in hindsight.",
  },
  {
    key: 'g-beh-mistake-put-right',
    text: 'Tell me about a mistake you made at work and how you put it right.',
    category: 'behavioural',
    fields: [],
    difficulty: 'medium',
    lookingFor:
      'Honesty and accountability: whether you own errors quickly, tell the right people and fix the cause as well as the symptom.',
    guide:
      "Choose a real mistake of moderate size, such as a wrong order, a missed detail or a misread instruction. Use STAR briefly for the situation, then focus on the actions: how fast you spotted it, who you told, how you limited the damage and what you did to stop it happening again. The result should include both the fix and the lasting change, like a checklist or a new habit. Don't pick a mistake that was really someone else's, and don't minimise it; interviewers trust candidates who say plainly \"that was my error\".",
  },
  {
    key: 'g-beh-received-critical-feedback',
    text: 'Tell me about a time you received critical feedback. What did you do with it?',
    category: 'behavioural',
    fields: [],
    difficulty: 'medium',
    lookingFor:
      'Whether you can hear criticism without getting defensive and turn it into visible improvement. Coachable people are easier to manage and grow faster.',
    guide:
      'Describe the feedback honestly, including how it felt at first if that is true, because it makes the answer believable. Then use STAR to show what you did next: asking questions to understand it, making a plan, and checking in later. The strongest answers end with evidence that the change stuck, such as a better review, fewer errors or a comment from the same person. Avoid feedback that was trivial or that you argue was unfair.',
  },
  {
    key: 'g-beh-took-initiative',
    text: 'Give me an example of a time you took the initiative without being asked.',
    category: 'behavioural',
    fields: [],
    difficulty: 'easy',
    lookingFor:
      'Whether you notice problems or opportunities and act on them sensibly, rather than waiting to be told. They also check that you know when to ask permission first.',
    guide:
      "Use STAR: what you noticed, why it mattered, what you did and what changed as a result. Small examples are fine, such as tidying a confusing shared folder, writing a guide for new starters or spotting a recurring complaint. Mention whether you checked with your manager before acting, because good initiative still respects other people's decisions. Quantify the result if you can, even roughly.",
  },
  {
    key: 'g-beh-adapting-to-change',
    text: 'Describe a time your work changed significantly, such as a new system, process or manager. How did you adapt?',
    category: 'behavioural',
    fields: [],
    difficulty: 'easy',
    lookingFor:
      'Flexibility and a constructive attitude to change: whether you get on with learning the new way, help others through it and raise concerns usefully rather than resisting.',
    guide:
      'Briefly explain what changed and why it was hard, then use STAR to walk through what you did to get up to speed. Good actions include asking for training, practising, sharing tips with colleagues and giving feedback about problems through the proper channel. Finish with the result, for example being confident with the new system within a few weeks or helping others adopt it. It is fine to admit you had doubts, as long as you show how you handled them.',
  },
  {
    key: 'g-beh-competing-priorities',
    text: 'Tell me about a time you had several urgent tasks at once. How did you decide what to do first?',
    category: 'behavioural',
    fields: [],
    difficulty: 'medium',
    lookingFor:
      'How you judge importance versus urgency, and whether you communicate trade-offs instead of silently letting something slip.',
    guide:
      'Using STAR, name the competing tasks and who was waiting on each. The action part should explain your reasoning: impact, deadlines, who else could help, and what could be delayed or done in part. Show that you told people what you were doing, especially anyone whose work would wait. End with the result and, if something did slip, how you handled it.',
  },
  {
    key: 'g-beh-persuaded-someone',
    text: 'Tell me about a time you persuaded someone to change their mind or try something new.',
    category: 'behavioural',
    fields: [],
    difficulty: 'medium',
    lookingFor:
      'Whether you can influence others with evidence, listening and respect, rather than pressure. They want to see you adapt your argument to what the other person cares about.',
    guide:
      'Use STAR, and be clear about why the other person was reluctant, since understanding their view is half the skill. Describe your actions: gathering facts, suggesting a small trial, addressing their specific worries, or involving someone they trusted. Give the result, including what happened after they agreed. If you have an example where you were persuaded instead, it can be a strong addition to show you listen too.',
  },
  {
    key: 'g-beh-ethical-dilemma',
    text: "Describe a time you were asked to do something you weren't comfortable with, or saw something that didn't seem right.",
    category: 'behavioural',
    fields: [],
    difficulty: 'hard',
    lookingFor:
      'Integrity and judgement: whether you can recognise an ethical problem, act on it proportionately and use proper channels, even when it is awkward.',
    guide:
      'Choose a real example with a clear right thing to do, such as a request to bend records, hide a mistake or ignore a safety step. Use STAR, showing how you questioned it, checked the rules, raised it with the right person and kept a record where appropriate. Describe the result honestly, even if it was uncomfortable. Avoid sharing confidential details about former employers, and avoid examples that make you sound self-righteous or that you never actually acted on.',
  },
  {
    key: 'g-beh-gave-difficult-feedback',
    text: 'Tell me about a time you had to give someone difficult feedback.',
    category: 'behavioural',
    fields: [],
    difficulty: 'hard',
    lookingFor:
      'Whether you can be honest and kind at the same time, address a problem early, and keep a working relationship intact. This matters whether or not you manage people.',
    guide:
      'The person can be a colleague, a junior team member, a supplier or even your manager. Using STAR, explain what needed saying and why it was hard, then describe how you prepared, chose a private moment, gave specific examples and asked for their view. The result should cover what changed and how the relationship held up. Avoid stories where the feedback was really a telling-off, or where you went to the manager instead of talking to the person first without a good reason.',
  },
  {
    key: 'g-beh-improved-a-process',
    text: 'Tell me about something you improved at work, such as a process, a routine or a tool.',
    category: 'behavioural',
    fields: [],
    difficulty: 'medium',
    lookingFor:
      'Whether you look for better ways of working and can make a change stick, not just suggest it. They want evidence that the improvement made a measurable difference.',
    guide:
      'Use STAR: what was slow, error-prone or frustrating, and how you knew. Describe how you worked out the fix, who you involved, and how you tested it before rolling it out. Finish with a concrete result, such as time saved each week, fewer errors or shorter waiting times. Credit others who helped, but be clear which parts were yours.',
  },
  {
    key: 'g-beh-learned-quickly',
    text: 'Describe a time you had to learn something new quickly to do your job.',
    category: 'behavioural',
    fields: [],
    difficulty: 'easy',
    lookingFor:
      'How you learn: whether you are resourceful, ask good questions and can become useful fast in an unfamiliar situation.',
    guide:
      'Pick something specific, such as a new system, a product range, a regulation or a role you covered at short notice. Using STAR, explain your approach to learning: who you asked, what you read or practised, and how you checked you had it right. Give a result that shows the learning paid off, like handling the work alone by a certain point. This answer also reassures interviewers about any gaps in your experience for the new role, so link it back if you can.',
  },
  {
    key: 'g-beh-beyond-expected',
    text: 'Tell me about a time you went beyond what was expected of you.',
    category: 'behavioural',
    fields: [],
    difficulty: 'easy',
    lookingFor:
      'Commitment and care for the outcome, and whether your extra effort was well judged and useful rather than just long hours.',
    guide:
      'Use STAR and explain what the normal expectation was, so the extra part is clear. Describe what you chose to do and why it mattered to the customer, the team or the result. End with the difference it made, ideally with feedback from someone else. Avoid examples that suggest you ignore boundaries or regularly neglect your own core work.',
  },
  {
    key: 'g-beh-disagreed-with-manager',
    text: 'Tell me about a time you disagreed with a decision made by your manager.',
    category: 'behavioural',
    fields: [],
    difficulty: 'hard',
    lookingFor:
      'Whether you can challenge upward respectfully and with evidence, and then commit to the final decision even if it went against you.',
    guide:
      "With STAR, outline the decision and your concern, keeping your tone fair to the manager. Show your actions: choosing the right moment, explaining your reasoning with facts, and suggesting an alternative rather than just objecting. Be honest about the outcome, whether they changed their mind or not, and show that you supported the decision once it was made. Avoid stories that sound like complaining or going over someone's head without trying to talk to them first.",
  },
  {
    key: 'g-beh-solved-a-stubborn-problem',
    text: 'Describe a problem at work that you solved after others had struggled with it.',
    category: 'behavioural',
    fields: [],
    difficulty: 'medium',
    lookingFor:
      'Your problem-solving approach: how you investigate, test ideas and persist, and whether you can explain your thinking clearly.',
    guide:
      'Use STAR, giving just enough background to show why the problem was stubborn. In the action part, walk through your steps: gathering information, looking for patterns, trying and ruling out causes, and asking the right people. Give a concrete result and mention how you made sure the fix lasted. Be generous about earlier efforts by others; you can succeed without implying they were careless.',
  },
  {
    key: 'g-beh-unclear-instructions',
    text: 'Tell me about a time you had to get on with a task without clear instructions.',
    category: 'behavioural',
    fields: [],
    difficulty: 'medium',
    lookingFor:
      'How you cope with ambiguity: whether you make sensible assumptions, check the important ones, and move forward rather than freezing or guessing wildly.',
    guide:
      'Using STAR, describe what was unclear and why you could not simply wait for answers. Show the actions that reduced the uncertainty: asking targeted questions, looking at past examples, writing down your assumptions and sharing an early draft for feedback. The result should show the work landing well, or being corrected early because you checked in. Avoid answers where you just did what you thought best without telling anyone.',
  },
  {
    key: 'g-beh-missed-target',
    text: "Tell me about a time you didn't meet a goal or target. What happened?",
    category: 'behavioural',
    fields: [],
    difficulty: 'medium',
    lookingFor:
      'Resilience and honesty about results: whether you understand why you fell short, warned people early and recovered.',
    guide:
      'Choose a target that mattered, and be straightforward about the gap between the goal and what you achieved. Using STAR, explain what got in the way, including anything within your control, and what you did once you saw you were falling behind. Finish with what you changed and how you performed next time. Avoid blaming the target itself unless you can show you raised concerns about it at the time.',
  },
  {
    key: 'g-beh-helped-struggling-colleague',
    text: 'Give me an example of a time you helped a colleague who was struggling.',
    category: 'behavioural',
    fields: [],
    difficulty: 'easy',
    lookingFor:
      'Whether you notice others, offer help in a way that respects them, and strengthen the team rather than just your own results.',
    guide:
      'Use STAR: how you noticed, what they needed, and what you did, such as showing them a quicker method, sharing the load or encouraging them to speak to their manager. Keep private details about the colleague vague and respectful. Give a result for both the colleague and the work. Show that you balanced helping them with your own responsibilities.',
  },
  {
    key: 'g-beh-delivered-bad-news',
    text: 'Tell me about a time you had to deliver bad news to a customer, colleague or manager.',
    category: 'behavioural',
    fields: [],
    difficulty: 'hard',
    lookingFor:
      'Courage, timing and tact: whether you share problems early and clearly, take responsibility where due and come with options rather than just the problem.',
    guide:
      'Using STAR, explain what the bad news was and why it could not wait. Describe how you prepared, what you said first, how you handled their reaction, and what options or next steps you offered. The result should show how the situation was resolved and what it did for trust. A common pitfall is delaying the news in the hope that things improve; if you did that, say what you learned.',
  },
  {
    key: 'g-beh-attention-to-detail',
    text: 'Give me an example of when your attention to detail prevented a problem.',
    category: 'behavioural',
    fields: [],
    difficulty: 'medium',
    lookingFor:
      'Whether you are careful and thorough in a way that matters to the work, and whether you have habits that catch errors rather than relying on luck.',
    guide:
      'Use STAR, naming the detail you caught and what would have happened if it had been missed. In the action part, explain the habit or check that helped you spot it, and what you did next, including telling anyone affected. Give a concrete result, such as money saved, a complaint avoided or a safety issue fixed. Keep the example proportionate, and show that being careful does not make you slow.',
  },
];
