import type { SeedQuestion } from '../../../../shared/practice.ts';

// General interview questions that apply to any field: behavioural, situational, motivation and fit,
// strengths and weaknesses, career story, salary and notice, and questions to ask the interviewer.
export const GENERAL_QUESTIONS: readonly SeedQuestion[] = [
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

  // Situational
  {
    key: 'g-sit-colleague-missing-their-part',
    text: 'What would you do if a colleague on a shared task kept failing to deliver their part on time?',
    category: 'situational',
    fields: [],
    difficulty: 'medium',
    lookingFor:
      'Whether you address problems directly and fairly, starting with the person before escalating, while protecting the shared deadline.',
    guide:
      'Walk through your steps in order: talk to the colleague privately, find out what is getting in the way, agree a plan and check in, and only involve a manager if things do not improve or the deadline is at risk. Mention offering help where it makes sense. Strengthen the answer with a brief real example in STAR form: the situation, your task, what you actually did and how it turned out. Avoid answers that jump straight to reporting the person or quietly doing their work for them.',
  },
  {
    key: 'g-sit-conflicting-instructions',
    text: 'What would you do if two managers gave you conflicting instructions with the same deadline?',
    category: 'situational',
    fields: [],
    difficulty: 'medium',
    lookingFor:
      'Judgement and communication: whether you surface the conflict quickly and get the right people to decide, instead of choosing one manager and hoping the other does not notice.',
    guide:
      'Explain that you would first make sure you understand both requests, then tell both managers about the clash, ideally together, with a clear picture of what each task needs. Offer options, such as doing part of each or agreeing a different deadline, and let them decide priorities if it is theirs to decide. If you have faced something similar, add a short STAR example with the result. Avoid saying you would just work through the night to do both.',
  },
  {
    key: 'g-sit-error-in-sent-work',
    text: 'You realise that a document you sent to a customer yesterday contains an error. What do you do?',
    category: 'situational',
    fields: [],
    difficulty: 'medium',
    lookingFor:
      'Honesty and speed: whether you own the error, fix it before it causes harm, and learn from it, rather than hoping nobody notices.',
    guide:
      'Set out your steps: check how serious the error is, tell your manager if it could affect the customer or the business, correct it and contact the customer promptly with a clear, brief explanation. Then explain how you would stop it happening again, such as a second check for that kind of document. A real example told through STAR makes this much more convincing. Do not over-apologise or blame the system; be calm and factual.',
  },
  {
    key: 'g-sit-customer-angry-not-your-fault',
    text: "A customer is shouting at you about a problem that wasn't your fault. How do you handle it?",
    category: 'situational',
    fields: [],
    difficulty: 'easy',
    lookingFor:
      'Composure and empathy: whether you can stay calm, take ownership of helping even when you did not cause the problem, and know when to involve someone else.',
    guide:
      'Describe what you would do in sequence: stay calm, let them speak, acknowledge their frustration without arguing about blame, find out exactly what went wrong and tell them what you can do and when. Mention that if the behaviour became abusive, you would follow your employer\'s policy and involve a manager. Back it up with a short STAR example from any customer-facing job, including how the person left the conversation. Avoid saying "I would explain it wasn\'t my fault", which usually makes things worse.',
  },
  {
    key: 'g-sit-colleague-cutting-corners',
    text: 'What would you do if you saw a colleague cutting corners on safety or ignoring an important policy?',
    category: 'situational',
    fields: [],
    difficulty: 'hard',
    lookingFor:
      'Integrity and proportion: whether you would act when something is wrong, choose the right route depending on the risk, and still treat the colleague fairly.',
    guide:
      'Explain that your response depends on the risk: if someone could be hurt right now, you would stop the activity or alert a supervisor immediately. If it is less urgent, you might speak to the colleague first and then report it if it continues, using the proper channel. Mention keeping a factual note of what you saw. If you can, add a brief STAR example of raising a concern and what came of it. Avoid both extremes: ignoring it to keep the peace, or treating every minor slip as a disciplinary matter.',
  },
  {
    key: 'g-sit-first-week-no-guidance',
    text: "It's your first week and everyone is too busy to show you what to do. What would you do?",
    category: 'situational',
    fields: [],
    difficulty: 'easy',
    lookingFor:
      'Resourcefulness and initiative, balanced with patience: whether you find useful ways to learn and contribute without getting in the way or making risky guesses.',
    guide:
      'Describe practical steps: read whatever guides, past work or records are available, ask short, specific questions at good moments, shadow someone if possible, and offer to take simple tasks. Mention agreeing a brief check-in with your manager so you are not stuck. A quick STAR example from a previous start, placement or volunteering role makes the answer believable. Avoid sounding either passive or critical of the new employer.',
  },
  {
    key: 'g-sit-going-to-miss-deadline',
    text: "You're halfway through a piece of work and realise you won't meet the deadline. What do you do?",
    category: 'situational',
    fields: [],
    difficulty: 'easy',
    lookingFor:
      'Whether you flag problems early and come with options, rather than staying silent until the last minute.',
    guide:
      'Say you would first work out how far behind you are and why, then tell the person relying on you as soon as possible. Offer options: a new date, delivering the most important part on time, or getting help. Show that you would learn from it by improving how you estimate work. Support it with a short STAR example where you raised a delay early and what happened.',
  },
  {
    key: 'g-sit-dont-know-the-answer',
    text: "A customer or senior colleague asks you a question and you don't know the answer. What do you do?",
    category: 'situational',
    fields: [],
    difficulty: 'easy',
    lookingFor:
      'Honesty and reliability: whether you admit what you do not know, find out properly and follow up, instead of bluffing.',
    guide:
      'Explain that you would say you are not sure, tell them how and when you will get back to them, then find the answer from a reliable source and follow up as promised. Mention noting the answer so you know it next time. A brief STAR example where you did this, and how the person reacted, strengthens your answer. Guessing confidently is the main pitfall, especially where money, safety or rules are involved.',
  },
  {
    key: 'g-sit-disagree-with-new-process',
    text: 'Your manager introduces a new way of working that you think is worse than the old one. What would you do?',
    category: 'situational',
    fields: [],
    difficulty: 'medium',
    lookingFor:
      'Whether you can give it a fair try, raise concerns constructively with evidence and accept the outcome, rather than resisting or complaining to colleagues.',
    guide:
      'Say you would first make sure you understand why the change was made, then use it properly for a while so your view is based on experience. If problems remain, raise them privately with your manager, with specific examples and a suggested fix. Show that you would support the decision if it stands. A short STAR example of giving useful feedback on a change helps here.',
  },
  {
    key: 'g-sit-covering-extra-work',
    text: "You're asked to cover a colleague's work on top of your own for several weeks. How would you handle it?",
    category: 'situational',
    fields: [],
    difficulty: 'medium',
    lookingFor:
      'Willingness to help, combined with realism: whether you can plan the extra load, agree priorities and speak up before quality suffers.',
    guide:
      'Show that you would say yes in principle, then agree with your manager what matters most, what can wait and how long the arrangement will last. Describe how you would organise yourself and get a proper handover. Mention checking in if the load becomes unsustainable, with facts rather than complaints. A STAR example of covering for someone before, and how it went, makes the answer concrete.',
  },
  {
    key: 'g-sit-confidential-email-by-mistake',
    text: 'You accidentally receive an email with confidential information that was not meant for you. What do you do?',
    category: 'situational',
    fields: [],
    difficulty: 'medium',
    lookingFor:
      'Discretion and respect for privacy and policy: whether you act promptly and correctly without reading further or sharing it.',
    guide:
      "Say that you would stop reading, let the sender know it reached the wrong person, follow their or your employer's instructions about deleting it, and not forward or discuss it. Mention telling the right person if it looks like a wider data problem. If you have handled sensitive information before, give a short STAR example of how you protected it. Avoid any hint that you would use what you saw.",
  },
  {
    key: 'g-sit-manager-takes-credit',
    text: 'What would you do if your manager presented your work as their own in a meeting?',
    category: 'situational',
    fields: [],
    difficulty: 'hard',
    lookingFor:
      'Maturity and self-respect: whether you can handle a sensitive situation calmly and privately, without a public row or silent resentment.',
    guide:
      'Explain that you would not react in the meeting, but would speak to your manager privately soon after, assume good intent at first, and ask how you can get visibility for your work in future. Suggest practical habits, such as sharing progress in writing or offering to present your own work. Mention what you would do if it kept happening. A brief STAR example about getting recognition for your work, told without bitterness, helps; avoid sounding vengeful.',
  },
  {
    key: 'g-sit-colleague-overpromised',
    text: "A colleague has promised a customer something you know the team can't deliver. What do you do?",
    category: 'situational',
    fields: [],
    difficulty: 'hard',
    lookingFor:
      "Whether you protect the customer relationship and your colleague's credibility at the same time, by raising the problem quickly and helping find a realistic alternative.",
    guide:
      'Describe your steps: check the facts, talk to the colleague first, then agree together how to tell the customer, what can be offered instead and who needs to know internally. Emphasise speed, since bad news gets worse with time. Show that you would avoid embarrassing the colleague in front of the customer. Add a brief STAR example of resetting expectations, and the outcome.',
  },
  {
    key: 'g-sit-team-members-not-speaking',
    text: "Two people in your team aren't speaking to each other, and it's affecting the work. You're not their manager. What would you do?",
    category: 'situational',
    fields: [],
    difficulty: 'medium',
    lookingFor:
      'Emotional intelligence and good boundaries: whether you can help the work continue and encourage a resolution without taking sides or overstepping.',
    guide:
      'Explain that you would keep the work moving by making sure information still flows, perhaps by suggesting shared updates. You might have a quiet word with each person if you have a good relationship, and encourage them to talk. If it continues to affect the work, you would raise the impact, not the gossip, with the manager. A short STAR example from any team, including a sports or volunteer team, will make this feel real.',
  },
  {
    key: 'g-sit-urgent-request-at-end-of-day',
    text: "An urgent request arrives ten minutes before you're due to leave, and you have a commitment after work. What do you do?",
    category: 'situational',
    fields: [],
    difficulty: 'easy',
    lookingFor:
      'How you balance reliability with your own boundaries: whether you find out how urgent it really is and find a sensible solution.',
    guide:
      'Say you would first find out what is truly needed and by when, because urgent often means "first thing tomorrow". If it must be done tonight, explain options: a quick partial fix, handing it to a colleague who is still working, or staying briefly if you can. Show that you would be honest about your commitment and let people know your plan. A short STAR example of handling a late request will help.',
  },
  {
    key: 'g-sit-customer-wants-rule-bent',
    text: 'A long-standing customer asks you to bend a rule just this once. How do you respond?',
    category: 'situational',
    fields: [],
    difficulty: 'medium',
    lookingFor:
      'Whether you can say no politely and keep the relationship, know where you have discretion, and escalate exceptions properly.',
    guide:
      'Explain that you would first understand what they need and why, then check whether the rule allows any flexibility or whether someone senior can approve an exception. If the answer is no, say it clearly and kindly, explain the reason, and offer the best alternative you can. Show that you would record the request if that is the practice. A STAR example where you kept a customer happy while holding a line is ideal.',
  },

  // Motivation and fit
  {
    key: 'g-mot-why-this-job',
    text: 'Why do you want this job?',
    category: 'motivation-fit',
    fields: [],
    difficulty: 'easy',
    lookingFor:
      'Whether you understand what the role involves and have real reasons for wanting it, beyond needing a job. Motivated people tend to stay and do well.',
    guide:
      'Link two or three specific parts of the role, taken from the advert or your research, to things you enjoy and are good at. Give a short example that shows the link, such as a task you loved in a previous job. Mention what you hope to learn or achieve in the role. Avoid answers centred only on pay, location or hours, even if they matter to you.',
  },
  {
    key: 'g-mot-why-this-employer',
    text: 'Why do you want to work for us in particular?',
    category: 'motivation-fit',
    fields: [],
    difficulty: 'medium',
    lookingFor:
      'Whether you have done your homework and would choose this employer over similar ones. Generic answers suggest you are applying everywhere without thought.',
    guide:
      'Mention one or two specific things you found: what they do, who they serve, how they work, recent news, or what current or former staff say. Connect each one to your own values or experience, so it is clear why it matters to you. If you are applying through an agency and know little about the employer yet, be honest and talk about what you have learned from the recruiter. Avoid flattery and anything you could say about any employer.',
  },
  {
    key: 'g-mot-what-motivates-you',
    text: 'What motivates you at work?',
    category: 'motivation-fit',
    fields: [],
    difficulty: 'easy',
    lookingFor: 'What keeps you engaged, and whether that matches what this job offers day to day.',
    guide:
      'Be honest and specific: solving problems, helping people, finishing things properly, learning, being part of a good team, or seeing measurable results. Back it up with a short example of a moment at work that gave you that feeling. Choose motivations this role can actually provide. Avoid vague answers like "I\'m motivated by success" with nothing behind them.',
  },
  {
    key: 'g-mot-manager-who-gets-best-from-you',
    text: 'What kind of manager gets the best out of you?',
    category: 'motivation-fit',
    fields: [],
    difficulty: 'medium',
    lookingFor:
      'Whether you and the hiring manager will work well together, and how much direction or independence you need.',
    guide:
      'Describe the style that works for you in practical terms, such as clear expectations, regular but short check-ins, honest feedback and trust to get on with things. Give an example of a manager who did this well and what you achieved as a result. Show that you can adapt to different styles too. Avoid criticising past managers or describing an ideal so specific that few people could meet it.',
  },
  {
    key: 'g-mot-best-working-environment',
    text: 'What kind of working environment do you do your best work in?',
    category: 'motivation-fit',
    fields: [],
    difficulty: 'medium',
    lookingFor:
      'Culture fit: whether the pace, structure and atmosphere of this workplace suit you, so you are likely to be productive and stay.',
    guide:
      'Research the workplace first, then answer honestly with features that overlap with it, such as a busy, varied pace or a quiet, focused one. Give an example of an environment where you thrived and why. Mention how you cope with the parts that are less natural for you. Answering only with what you think they want to hear can backfire if you then get a job that does not suit you.',
  },
  {
    key: 'g-mot-remote-hybrid-office',
    text: 'How do you feel about working remotely, in the workplace, or a mix of both?',
    category: 'motivation-fit',
    fields: [],
    difficulty: 'easy',
    lookingFor:
      'Whether your preferences fit the arrangement on offer, and whether you can work well without close supervision or alongside others, as needed.',
    guide:
      'Check the advert first so you know what the role offers, then be honest about your preference and your flexibility. Give evidence that you can work in that setting: staying organised and in touch when remote, or collaborating well on site. If you have constraints, such as caring responsibilities or travel time, mention them calmly and with a solution in mind. Avoid saying you have no preference if that is not true, because it will come up later.',
  },
  {
    key: 'g-mot-what-do-you-know-about-us',
    text: 'What do you know about us?',
    category: 'motivation-fit',
    fields: [],
    difficulty: 'easy',
    lookingFor: 'Whether you prepared, and how seriously you take this opportunity.',
    guide:
      'Cover the basics briefly: what they do, who their customers or service users are, roughly how big they are, and anything recent that caught your attention. Then say why that interests you. Do not recite their website at length; two or three well-chosen points are better. If you could not find much, say what you did find and ask a good question about the rest.',
  },
  {
    key: 'g-mot-alone-or-in-a-team',
    text: 'Do you prefer working on your own or as part of a team?',
    category: 'motivation-fit',
    fields: [],
    difficulty: 'easy',
    lookingFor:
      'Whether you can do both, and whether your natural preference suits how this role is organised.',
    guide:
      'Most jobs need both, so show that you are comfortable either way and give a brief example of each. You can still state a genuine preference, as long as it fits the role. Think about the job before answering: a lone shift worker and a member of a busy team need different strengths. Avoid suggesting that other people slow you down.',
  },
  {
    key: 'g-mot-what-would-make-you-leave',
    text: 'What would make you leave a job?',
    category: 'motivation-fit',
    fields: [],
    difficulty: 'hard',
    lookingFor:
      'Your deal-breakers and how long you are likely to stay. It also reveals whether you handle problems by raising them or by walking away.',
    guide:
      'Be honest but measured: serious issues such as unsafe or unethical practices, no prospect of growth after many attempts, or a role that changed beyond recognition. Show that you would normally try to fix things first by talking to your manager. Keep it general rather than a list of grievances about a current employer. Avoid reasons the interviewer can see in their own job, such as hard targets, unless you explain them carefully.',
  },
  {
    key: 'g-mot-other-applications',
    text: 'Are you applying for other jobs at the moment?',
    category: 'motivation-fit',
    fields: [],
    difficulty: 'medium',
    lookingFor:
      'How committed you are, how quickly they may need to move, and whether your search is focused on similar work.',
    guide:
      'It is fine, and often expected, to say yes. Say the roles are similar in some way that shows a clear direction, without naming other employers. Then make clear why this one stands out for you. If you have an offer or a deadline elsewhere, mention it politely, since it may help them move faster.',
  },
  {
    key: 'g-mot-what-you-hope-to-learn',
    text: 'What do you hope to learn in this role?',
    category: 'motivation-fit',
    fields: [],
    difficulty: 'medium',
    lookingFor:
      'Whether you are keen to grow, and whether your growth goals match what this job can realistically offer.',
    guide:
      'Name one or two skills or areas of knowledge the role will develop, based on the job description. Explain why they matter for where you want to go, and how you already started on them. Keep it balanced: you want to learn, but you also have plenty to give from day one. Avoid implying you see the role only as a stepping stone to something else.',
  },
  {
    key: 'g-mot-least-enjoyable-part',
    text: "What part of this job do you think you'd enjoy least?",
    category: 'motivation-fit',
    fields: [],
    difficulty: 'hard',
    lookingFor:
      'Whether you understand the less glamorous side of the role and will still do it well. Honesty scores better than claiming to love everything.',
    guide:
      'Pick a real but non-essential part of the role, such as admin, repetitive checks or paperwork, rather than its core. Then show how you handle that kind of task well anyway, with a short example or a habit you use. Keep the tone positive and practical. Avoid choosing something central to the job, or saying "nothing", which sounds unprepared.',
  },
  {
    key: 'g-mot-what-matters-in-an-employer',
    text: 'What matters most to you in an employer?',
    category: 'motivation-fit',
    fields: [],
    difficulty: 'medium',
    lookingFor: 'Your values, and whether they match what this employer can honestly offer.',
    guide:
      'Name two or three things that genuinely matter, such as fairness, training, clear communication, stability or flexibility. Say briefly why, ideally with an example of an employer that got it right or wrong. Link them to what you have seen of this employer. Be honest; a mismatch discovered now is better than one discovered after you start.',
  },
  {
    key: 'g-mot-why-should-we-hire-you',
    text: 'Why should we hire you over the other candidates?',
    category: 'motivation-fit',
    fields: [],
    difficulty: 'medium',
    lookingFor: 'Whether you can sum up your case clearly and confidently, matched to what the role needs.',
    guide:
      'Pick the three requirements that matter most in the job description and give one piece of evidence for each. Add one thing that makes you distinctive, such as a mix of experience, a language, a qualification or a track record with similar customers. Finish with your enthusiasm for the role. You do not know the other candidates, so avoid comparing yourself to them directly.',
  },

  // Strengths and weaknesses
  {
    key: 'g-sw-greatest-strength',
    text: 'What is your greatest strength?',
    category: 'strengths-weaknesses',
    fields: [],
    difficulty: 'easy',
    lookingFor:
      'Whether you know what you are good at, can prove it, and have a strength that matters for this job.',
    guide:
      'Choose a strength that the role clearly needs, rather than the one that sounds most impressive. Name it in plain words, then give a specific example with a result, in a short STAR shape. If others have recognised it, mention that. Avoid listing several strengths with no evidence for any of them.',
  },
  {
    key: 'g-sw-greatest-weakness',
    text: 'What is your greatest weakness?',
    category: 'strengths-weaknesses',
    fields: [],
    difficulty: 'medium',
    lookingFor:
      'Self-awareness and honesty, and whether you actively work on your weak points. The weakness itself matters less than what you do about it.',
    guide:
      'Pick a real weakness that is not central to this role, such as public speaking for a back-office job or delegating for someone new to leading. Describe briefly how it has shown up, then spend most of the answer on the concrete steps you are taking and the progress you have made. Avoid disguised strengths like "I work too hard", which interviewers have heard many times. Avoid weaknesses that would rule you out, such as unreliability.',
  },
  {
    key: 'g-sw-three-words',
    text: 'How would you describe yourself in three words?',
    category: 'strengths-weaknesses',
    fields: [],
    difficulty: 'easy',
    lookingFor: 'How you see yourself, and whether that picture fits the role and is backed up by evidence.',
    guide:
      'Choose three words that are specific and relevant, such as reliable, curious and calm, rather than generic ones like hard-working. Give a one-sentence example for each, so they feel earned. Keep the whole answer short. Prepare these in advance, because it is a hard question to improvise well.',
  },
  {
    key: 'g-sw-how-others-describe-you',
    text: 'How would your colleagues or a former manager describe you?',
    category: 'strengths-weaknesses',
    fields: [],
    difficulty: 'easy',
    lookingFor:
      'Whether your self-image matches how others see you, and whether you are easy to work with. References may later be checked against your answer.',
    guide:
      'Use real feedback where you can: words from a review, a thank-you message or something a manager said. Give two or three qualities with a short example for each. It is fine to include one area they would say you are working on, which makes the answer more believable. Do not claim praise you could not back up if they spoke to your referees.',
  },
  {
    key: 'g-sw-skill-you-are-improving',
    text: 'What skill are you actively working to improve right now?',
    category: 'strengths-weaknesses',
    fields: [],
    difficulty: 'medium',
    lookingFor: 'Whether you take responsibility for your own development and follow through on it.',
    guide:
      'Name a specific skill that is useful for the role and explain why you chose it. Describe exactly what you are doing, such as a course, practice, reading, or asking for feedback, and how you measure progress. Give one example of using the improved skill. Vague answers about wanting to learn more show less than one concrete effort.',
  },
  {
    key: 'g-sw-what-manager-would-say-to-improve',
    text: 'What would your last manager say you need to improve?',
    category: 'strengths-weaknesses',
    fields: [],
    difficulty: 'hard',
    lookingFor:
      'Honesty about real feedback and whether you acted on it. It is harder to give a rehearsed answer to this than to the standard weakness question.',
    guide:
      'Use a genuine point from a review or conversation, ideally something you have since worked on. Explain what your manager said, what you did about it and what changed. Keep it proportionate and avoid anything that would alarm an employer in this role. Never say your manager had nothing to criticise; it sounds either untrue or as if you never asked.',
  },
  {
    key: 'g-sw-hardest-kind-of-work',
    text: 'What kind of work do you find hardest or least natural?',
    category: 'strengths-weaknesses',
    fields: [],
    difficulty: 'medium',
    lookingFor: 'Self-awareness, and whether your challenges clash with the core of this job.',
    guide:
      'Choose something real but not central to the role, and explain what makes it hard for you. Then show what you do to manage it, such as breaking it into smaller steps, using a checklist or getting an early review. Give one example where you handled it well despite it not coming naturally. Avoid saying you find nothing hard.',
  },
  {
    key: 'g-sw-strength-that-backfired',
    text: 'Tell me about a time one of your strengths worked against you.',
    category: 'strengths-weaknesses',
    fields: [],
    difficulty: 'hard',
    lookingFor:
      'Deeper self-awareness: whether you understand that strengths can be overused, and whether you adjust.',
    guide:
      'Pick a strength you have already claimed, such as thoroughness, and describe in STAR form a time it caused a problem, like missing a deadline because you checked everything three times. Be honest about the impact. Then explain what you learned and how you now judge when to use that strength fully and when to hold back. This is a chance to show maturity, so avoid turning it into another boast.',
  },
  {
    key: 'g-sw-what-you-bring',
    text: 'What do you bring that other candidates might not?',
    category: 'strengths-weaknesses',
    fields: [],
    difficulty: 'medium',
    lookingFor:
      'Whether you can identify what is distinctive about you and explain why it is useful to this employer.',
    guide:
      'Look for a combination rather than a single skill: for example, years in customer service plus a bookkeeping qualification, or experience in two sectors. Explain how that mix would help in this role, with one example. Unusual life experience, such as caring, volunteering or living abroad, can count if you link it to the work. Avoid criticising other candidates.',
  },
  {
    key: 'g-sw-where-you-need-support',
    text: "Looking at the job description, where do you think you'd need the most support?",
    category: 'strengths-weaknesses',
    fields: [],
    difficulty: 'medium',
    lookingFor: 'Realism and honesty about gaps, and whether you have a plan to close them quickly.',
    guide:
      'Pick one real gap that is not the heart of the job, such as a specific system or a type of customer you have not handled yet. Show that you have already started preparing, and mention a time you picked up something similar quickly. Keep it brief and end on your confidence. Claiming you need no support at all can come across as overconfident.',
  },

  // Career story
  {
    key: 'g-car-tell-me-about-yourself',
    text: 'Tell me about yourself.',
    category: 'career-story',
    fields: [],
    difficulty: 'easy',
    lookingFor:
      'A clear, relevant summary of who you are professionally, and how well you communicate. It also sets the tone for the rest of the interview.',
    guide:
      'Aim for about two minutes in three parts: where you are now, the most relevant experience that got you here, and why this role is your next step. Pick details that match the job and include one achievement. Leave out your life story, family details and anything already obvious from your application. Practise it out loud until it sounds natural rather than memorised.',
  },
  {
    key: 'g-car-walk-through-cv',
    text: 'Walk me through your CV or résumé.',
    category: 'career-story',
    fields: [],
    difficulty: 'easy',
    lookingFor:
      'The story that connects your roles, the reasons behind your moves, and whether you can summarise without getting lost in detail.',
    guide:
      'Go in order, usually oldest to newest unless told otherwise, and spend more time on recent and relevant roles. For each, give what you did, one highlight and why you moved on, in a sentence or two. Make the thread between roles clear, even if your path has been varied. Stop when you reach the present and link to why you are here today.',
  },
  {
    key: 'g-car-gap-in-employment',
    text: 'Can you explain this gap in your employment history?',
    category: 'career-story',
    fields: [],
    difficulty: 'medium',
    lookingFor:
      'Reassurance that the gap does not hide a problem, and that you are ready and committed to work now. Most interviewers care far more about the second part.',
    guide:
      'Give a brief, honest reason, such as illness, caring, redundancy, travel, study or a difficult job market; you do not have to share private details. Mention anything useful you did during the gap, such as courses, volunteering or keeping skills current. Then move quickly to why you are ready now and what you bring. Say it calmly and without apology, since gaps are common.',
  },
  {
    key: 'g-car-career-change',
    text: 'Why are you changing careers, and why now?',
    category: 'career-story',
    fields: [],
    difficulty: 'hard',
    lookingFor:
      'Whether the change is well thought through and likely to last, and whether your past experience will transfer.',
    guide:
      'Explain what draws you to the new field, focusing on what you are moving towards rather than what you are escaping. Show the steps you have already taken, such as training, volunteering or talking to people in the field. Then name two or three transferable skills with short examples of how they apply. Address the "why now" honestly, and show that you understand you may be starting at a less senior level.',
  },
  {
    key: 'g-car-why-leaving-current-job',
    text: 'Why are you leaving your current job?',
    category: 'career-story',
    fields: [],
    difficulty: 'medium',
    lookingFor:
      'Whether you are moving for sound reasons, and whether the same issue might make you leave them too. They also watch how you talk about your current employer.',
    guide:
      'Lead with what you are looking for: growth, a new challenge, different hours, a shorter commute or work closer to your interests. Keep any negatives short, factual and neutral. Link your reasons to what this role offers. Never criticise your current employer or manager in detail, even if the criticism is fair.',
  },
  {
    key: 'g-car-dismissed-or-let-go',
    text: 'Have you ever been dismissed or asked to leave a job?',
    category: 'career-story',
    fields: [],
    difficulty: 'hard',
    lookingFor:
      'Honesty above all, and whether you have learned from what happened. Redundancy, which is about the role rather than the person, is treated very differently from dismissal.',
    guide:
      'Tell the truth, because it can be checked, and keep it short. If it was redundancy or a contract ending, say so plainly. If you were dismissed, state the reason briefly, accept your part, and spend most of the answer on what you learned and how you have shown that change since. Avoid long justifications or attacking the former employer.',
  },
  {
    key: 'g-car-five-years',
    text: 'Where do you see yourself in five years?',
    category: 'career-story',
    fields: [],
    difficulty: 'easy',
    lookingFor:
      'Whether you have some direction and whether this role fits it, so you are likely to stay and grow.',
    guide:
      "Describe the skills, responsibilities or kind of work you want to be doing, rather than a job title. Show how this role is a sensible step towards that. It is fine to say you want to grow within the employer. Avoid saying you want the interviewer's job or that you plan to start your own business in a competing line of work.",
  },
  {
    key: 'g-car-proudest-achievement',
    text: 'What achievement are you proudest of?',
    category: 'career-story',
    fields: [],
    difficulty: 'medium',
    lookingFor: 'What you value, what you are capable of, and how you talk about your own success.',
    guide:
      'Choose something relevant to the role if possible, and explain why it matters to you, not just what happened. Use a STAR shape: the challenge, your part, what you did and the measurable result. Personal achievements, like finishing a qualification while working, are fine if you connect them to qualities the job needs. Keep the focus on your actions while acknowledging others fairly.',
  },
  {
    key: 'g-car-overqualified',
    text: 'You seem overqualified for this role. Why do you want it?',
    category: 'career-story',
    fields: [],
    difficulty: 'hard',
    lookingFor:
      'Whether you will be satisfied and stay, or leave as soon as something better appears, and whether you will accept direction from someone less experienced.',
    guide:
      'Give your honest reasons, such as a better balance, less travel, a change of field or wanting to focus on hands-on work you enjoy. Reassure them about commitment: explain why this role suits your life now, and that you have thought about the pay and level. Show the value of your experience, such as needing less training and supporting others. Avoid sounding as if you are settling for the job.',
  },
  {
    key: 'g-car-returning-after-caring',
    text: "You've been out of paid work while caring for family. How are you preparing to return?",
    category: 'career-story',
    fields: [],
    difficulty: 'medium',
    lookingFor:
      'Confidence that you are ready and available, that your skills are current enough, and that your circumstances are settled.',
    guide:
      'State the reason briefly and without apology; caring is real work, and you do not need to give private details. Mention skills the caring role built, such as organisation, patience or handling difficult conversations, and anything you have done to refresh your work skills. Be clear about your availability and any support arrangements in place. Finish on what you are looking forward to in returning.',
  },
  {
    key: 'g-car-several-short-jobs',
    text: "You've had several short jobs in a row. Can you tell me about that?",
    category: 'career-story',
    fields: [],
    difficulty: 'medium',
    lookingFor:
      'Whether you are likely to stay this time, and whether there is a good explanation for the pattern.',
    guide:
      'If the roles were temporary, contract or seasonal, say so clearly; that is very different from leaving permanent jobs quickly. If you did leave early, give honest reasons and show what you have learned about choosing the right role. Highlight what you achieved or learned in each, however short. Then explain why this role is one you intend to stay in.',
  },
  {
    key: 'g-car-how-you-got-into-this-work',
    text: 'How did you end up in this line of work?',
    category: 'career-story',
    fields: [],
    difficulty: 'easy',
    lookingFor: 'Your genuine interest in the work and how you make career decisions.',
    guide:
      'Tell the short, true story: what first drew you in, a moment that confirmed it, and how your interest has grown. It is fine if you fell into it by chance, as long as you explain why you stayed. Keep it to a minute or so. End by linking the story to this role.',
  },

  // Salary and notice
  {
    key: 'g-sal-salary-expectations',
    text: 'What are your salary expectations?',
    category: 'salary-notice',
    fields: [],
    difficulty: 'medium',
    lookingFor: 'Whether your expectations fit their budget, and whether you know your market value.',
    guide:
      'Research the going rate for similar roles in your area beforehand, and if you are working with a recruiter, agree a figure with them first. Give a realistic range with the bottom end being a figure you would accept, and say it confidently. You can add that you are open to discussing the full package. Avoid naming a number far below the market out of nerves, as it is hard to raise later.',
  },
  {
    key: 'g-sal-current-salary',
    text: 'What are you earning at the moment?',
    category: 'salary-notice',
    fields: [],
    difficulty: 'hard',
    lookingFor:
      'A benchmark for an offer. Some places restrict employers from asking this, but many interviewers still do.',
    guide:
      'You can choose to answer or to redirect politely, for example by saying you would prefer to focus on the value of this role and giving your expected range. If you do share it, be accurate and include the whole package, such as bonuses, overtime or allowances. Never inflate it; it can be checked and would damage trust. If your current pay is low for the market, explain that you are looking for a salary in line with the role.',
  },
  {
    key: 'g-sal-notice-period',
    text: 'What is your notice period?',
    category: 'salary-notice',
    fields: [],
    difficulty: 'easy',
    lookingFor:
      'When you could realistically start, and whether you respect your commitments to your current employer.',
    guide:
      'Check your contract before the interview and state the notice period clearly. If it is long, mention whether there is any room to negotiate an earlier release. Show that you intend to leave properly and hand over well. Avoid promising to walk out without serving notice; it makes employers wonder if you would do the same to them.',
  },
  {
    key: 'g-sal-start-date',
    text: 'When could you start?',
    category: 'salary-notice',
    fields: [],
    difficulty: 'easy',
    lookingFor: 'A realistic start date, and whether there are commitments they need to plan around.',
    guide:
      'Give an honest date based on your notice period and any pre-planned commitments, such as a booked holiday or a course. If you are available immediately, say so simply. Mention any checks or paperwork you know may take time, such as references or permits. Do not overpromise an early date you cannot meet.',
  },
  {
    key: 'g-sal-counter-offer',
    text: 'What would you do if your current employer made you a counter-offer?',
    category: 'salary-notice',
    fields: [],
    difficulty: 'hard',
    lookingFor:
      'Whether you are serious about moving or using them for leverage. An accepted offer that is then withdrawn costs the employer time and money.',
    guide:
      'Show that your reasons for moving go beyond pay, and name them. Say that you have thought about the possibility and that you would not accept this role unless you were committed to it. Be honest: if a counter-offer would genuinely tempt you, address the underlying issue before you reach offer stage. Avoid sounding as if you are running an auction.',
  },
  {
    key: 'g-sal-package-priorities',
    text: 'Apart from salary, which parts of the package matter most to you?',
    category: 'salary-notice',
    fields: [],
    difficulty: 'medium',
    lookingFor: 'What you value and where there may be room to agree terms that work for both sides.',
    guide:
      'Think beforehand about what matters: flexibility, holidays, pension or retirement contributions, training, health cover, travel costs or hours. Name two or three, briefly explaining why. This shows you have thought about the whole offer, not just the headline number. Keep it as a conversation rather than a list of demands.',
  },
  {
    key: 'g-sal-budget-below-expectations',
    text: 'The budget for this role is lower than what you asked for. Would you still be interested?',
    category: 'salary-notice',
    fields: [],
    difficulty: 'hard',
    lookingFor:
      'How flexible you are, how much you really want the role, and whether you can negotiate calmly.',
    guide:
      'Do not answer yes or no on the spot if you are unsure; ask what the range is and what else is in the package. Explore other levers, such as a salary review after a set period, a higher starting point within the band, extra leave or training. Decide your true minimum before the interview so you can answer honestly. If you are working with a recruiter, it is fine to say you would like to discuss it with them.',
  },
  {
    key: 'g-sal-contract-or-permanent',
    text: 'Would you consider a contract or temporary role rather than a permanent one?',
    category: 'salary-notice',
    fields: [],
    difficulty: 'medium',
    lookingFor:
      'Your flexibility and what kind of arrangement suits you, so they can match you with the right opening.',
    guide:
      'Be honest about your preference and the reasons for it, such as needing stability or wanting variety. If you are open to contract work, mention any relevant experience of starting quickly and delivering in a fixed time. Ask sensible questions about length, extension and the chance of a permanent role. Understand the difference in pay and benefits before agreeing.',
  },
  {
    key: 'g-sal-flexible-on-hours',
    text: 'Are you flexible on hours, shifts or travel?',
    category: 'salary-notice',
    fields: [],
    difficulty: 'medium',
    lookingFor:
      'Whether your availability matches the needs of the role, and whether there are limits they need to know about now.',
    guide:
      "Know the role's pattern before the interview, then be clear about what you can do and any firm limits, such as childcare times or religious observance. Offer practical solutions where you can. It is better to be honest now than to accept a job you cannot sustain. Avoid saying you are fully flexible if you are not.",
  },
  {
    key: 'g-sal-other-offers-timescale',
    text: 'Do you have any other offers, and what timescale are you working to?',
    category: 'salary-notice',
    fields: [],
    difficulty: 'medium',
    lookingFor: 'How quickly they need to move and how competitive the situation is.',
    guide:
      'Be truthful: if you have an offer or a deadline, say so without naming the employer, and say that this role is your preference if it is. If you have no offers yet, simply say you are at interview stage elsewhere, or that this is your focus. Never invent offers to create pressure; it can easily backfire. Give a realistic idea of when you need to decide.',
  },

  // Questions to ask the interviewer
  {
    key: 'g-ask-typical-day',
    text: 'What does a typical day or week look like in this role?',
    category: 'questions-to-ask',
    fields: [],
    difficulty: 'easy',
    lookingFor:
      'Asking this signals that you are picturing yourself doing the job and want a realistic view, not just the advert version.',
    guide:
      'Ask it early in your questions, especially if the job description was vague. Listen for how time is split between tasks, how busy it gets, and anything that was not in the advert. If the interviewer struggles to answer, it may mean the role is new or not well defined, which is worth a follow-up question. Use what you hear to mention a relevant example of your own briefly.',
  },
  {
    key: 'g-ask-success-first-months',
    text: 'What would success look like in this role after the first three to six months?',
    category: 'questions-to-ask',
    fields: [],
    difficulty: 'easy',
    lookingFor:
      'It signals that you are focused on results and on getting up to speed quickly, and it shows you think like someone already in the job.',
    guide:
      'This works with the hiring manager in particular. Listen for concrete expectations, such as targets, tasks to own alone or relationships to build, and whether they seem realistic. Vague answers may mean unclear expectations later. If the answer fits your strengths, briefly say how you would approach it.',
  },
  {
    key: 'g-ask-biggest-challenge',
    text: 'What is the biggest challenge facing the team right now?',
    category: 'questions-to-ask',
    fields: [],
    difficulty: 'medium',
    lookingFor:
      'It signals that you want to understand and help with real problems, and that you are not put off by difficulty.',
    guide:
      'Ask this once rapport is established, usually in the middle of your questions. Listen for whether the challenge is about workload, people, systems or change, and how openly they talk about it. If you have relevant experience, mention it in a sentence, but do not turn it into a sales pitch. Frequent mentions of turnover or constant firefighting are worth noting.',
  },
  {
    key: 'g-ask-why-position-open',
    text: 'Why is this position open?',
    category: 'questions-to-ask',
    fields: [],
    difficulty: 'medium',
    lookingFor:
      'It signals that you are thinking carefully about the move and want to understand the context you would be walking into.',
    guide:
      'Ask it in a neutral, curious tone, perhaps as "Is this a new role, or are you replacing someone?". Listen for growth, promotion of the previous person or a normal move on, which are good signs. Vague or uncomfortable answers, or hints that several people have left quickly, deserve a gentle follow-up. Do not press too hard; you can also ask your recruiter privately.',
  },
  {
    key: 'g-ask-about-the-team',
    text: 'Can you tell me about the team I would be working with?',
    category: 'questions-to-ask',
    fields: [],
    difficulty: 'easy',
    lookingFor:
      'It signals that you care about working well with others and are thinking about how you would fit in.',
    guide:
      'Ask it at any point in your questions; it works well as an opener. Listen for the team size, mix of experience, how long people have been there and how they work together. Warm, specific answers are a good sign; awkward pauses may not be. You can follow up by asking who you would work with most closely.',
  },
  {
    key: 'g-ask-management-style',
    text: 'How would you describe the way you like to manage and support your team?',
    category: 'questions-to-ask',
    fields: [],
    difficulty: 'medium',
    lookingFor:
      'It signals self-awareness about how you work best and a wish to build a good working relationship from the start.',
    guide:
      'Ask this only when you are speaking to your future manager, and phrase it with genuine curiosity rather than as a test. Listen for how often they check in, how they give feedback and how much independence they give. Compare it with what you know gets the best out of you. Examples in their answer are more reliable than general statements.',
  },
  {
    key: 'g-ask-training-and-support',
    text: 'What training or support is there for someone new in this role?',
    category: 'questions-to-ask',
    fields: [],
    difficulty: 'easy',
    lookingFor: 'It signals that you want to get up to speed properly and take learning seriously.',
    guide:
      'Ask it after discussing the role itself, so it does not sound like your first concern. Listen for a structured induction, a named person to help you, and ongoing training. If the answer is "you learn on the job", ask how that works in practice. This is especially worth asking if you are changing fields or returning to work.',
  },
  {
    key: 'g-ask-where-people-go-next',
    text: 'Where have people who did well in this role gone next?',
    category: 'questions-to-ask',
    fields: [],
    difficulty: 'medium',
    lookingFor: 'It signals ambition and a long-term view, and that you plan to do well in the role first.',
    guide:
      'Ask it later in your questions, after you have shown interest in the job itself. Listen for real examples of progression inside the employer, which are better than general promises. If nobody has moved on, it may be a stable role with little growth, which may or may not suit you. Avoid sounding as if you want to leave the role quickly.',
  },
  {
    key: 'g-ask-next-steps',
    text: 'What are the next steps in the process, and when can I expect to hear back?',
    category: 'questions-to-ask',
    fields: [],
    difficulty: 'easy',
    lookingFor: 'It signals that you are organised, interested and respectful of their process.',
    guide:
      'Ask this last, as you wrap up. Listen for the number of stages, any tests, who decides and the timescale, and note them so you can follow up at the right time. If you have other deadlines, this is a good moment to mention them politely. Thank them for their time after the answer.',
  },
  {
    key: 'g-ask-any-reservations',
    text: 'Is there anything about my background that makes you hesitant about me for this role?',
    category: 'questions-to-ask',
    fields: [],
    difficulty: 'hard',
    lookingFor: 'It signals confidence, openness to feedback and a willingness to address concerns directly.',
    guide:
      'Ask it near the end, in a calm and friendly tone, and only if you are ready to respond without getting defensive. Listen carefully, thank them, and answer any concern briefly with evidence. If they say there is nothing, that is fine; do not push. Some interviewers are not allowed to give feedback during the process, so accept that gracefully.',
  },
  {
    key: 'g-ask-what-you-enjoy-here',
    text: 'What do you enjoy most about working here?',
    category: 'questions-to-ask',
    fields: [],
    difficulty: 'medium',
    lookingFor:
      'It signals interest in the culture and in the interviewer as a person, and it often builds rapport.',
    guide:
      'Ask it once the formal part is done, often as a lighter question near the end. Listen for specific, enthusiastic answers about people, purpose or how they are treated. Long pauses or answers only about pay can tell you something too. Share briefly what appeals to you about the same thing if it fits.',
  },
  {
    key: 'g-ask-how-performance-measured',
    text: 'How is performance measured and reviewed in this role?',
    category: 'questions-to-ask',
    fields: [],
    difficulty: 'medium',
    lookingFor: 'It signals that you care about doing well and want to understand expectations clearly.',
    guide:
      'Ask it when discussing the role, especially in jobs with targets. Listen for what is measured, how often reviews happen and whether feedback is ongoing or once a year. Ask a follow-up about how people are supported if they fall behind. Unclear answers may mean you would need to agree your own goals early.',
  },
  {
    key: 'g-ask-flexibility-in-practice',
    text: 'How does the team handle flexibility in practice, such as remote days, shift swaps or family commitments?',
    category: 'questions-to-ask',
    fields: [],
    difficulty: 'medium',
    lookingFor:
      'It signals that you plan to make the job work for the long term, and that you are thinking practically.',
    guide:
      'Ask it after you have shown strong interest in the work, so it does not look like your main priority. Phrase it around how the team works rather than your own needs at first. Listen for real examples of flexibility being used, not just policy. If you have a firm need, it is usually better to raise it with your recruiter or at offer stage.',
  },
  {
    key: 'g-ask-recent-changes',
    text: 'What has changed most here over the past year, and how has the team handled it?',
    category: 'questions-to-ask',
    fields: [],
    difficulty: 'hard',
    lookingFor:
      'It signals that you think beyond the job description and want to understand the wider situation you would be joining.',
    guide:
      'Ask it in the middle or later part of your questions, with genuine curiosity. Listen for openness about the change, how staff were involved and how morale is now. Honest answers that admit difficulty are usually a good sign. If you have handled similar change, mention it briefly.',
  },
];
